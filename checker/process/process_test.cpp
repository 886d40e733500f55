#include "process/process.hpp"

#include "process/files.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#if defined(__SANITIZE_ADDRESS__)
#define PROCESS_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PROCESS_TEST_UNDER_ASAN 1
#endif
#endif

namespace checker::process {
namespace {

using namespace std::chrono_literals;

constexpr std::size_t mib = 1 << 20;

// A command for the misbehaving helper built next to this test.
Command helper(std::vector<std::string> args) {
  return Command{.program = PROCESS_TEST_HELPER, .args = std::move(args)};
}

// A command for `sh -c script`; only tests may go through a shell.
Command shell(std::string script) {
  return Command{.program = "sh", .args = {"-c", std::move(script)}};
}

// The bytes process_test_helper's print-lots mode writes, cut to `size`.
std::string print_lots_pattern(std::size_t size) {
  std::string pattern(size, '\0');
  for (std::size_t i = 0; i < size; ++i) pattern[i] = static_cast<char>((i % (64 * 1024)) % 251);
  return pattern;
}

// A fresh directory under the system's temporary directory, removed afterwards.
class TemporaryDirectory {
 public:
  TemporaryDirectory() {
    std::string name = (std::filesystem::temp_directory_path() / "process_test.XXXXXX").string();
    if (::mkdtemp(name.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = name;
  }
  ~TemporaryDirectory() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

TEST(Run, CapturesStandardOutputAndErrorSeparately) {
  Result result = run(shell("echo out; echo err >&2"));
  EXPECT_EQ(result.ending, Ending::exited);
  EXPECT_TRUE(result.succeeded());
  EXPECT_EQ(result.standard_output, "out\n");
  EXPECT_EQ(result.standard_error, "err\n");
  EXPECT_FALSE(result.output_truncated);
  EXPECT_EQ(result.describe(), "exited with status 0");
}

TEST(Run, ReportsTheExitCode) {
  Result result = run(helper({"exit", "3"}));
  EXPECT_EQ(result.ending, Ending::exited);
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_FALSE(result.succeeded());
  EXPECT_EQ(result.describe(), "exited with status 3");
}

TEST(Run, QuickProgramsReturnPromptly) {
  // Catches a run that waits out a grace period or poll interval after a normal exit.
  auto started = std::chrono::steady_clock::now();
  for (int i = 0; i < 20; ++i) EXPECT_TRUE(run(Command{.program = "true"}).succeeded());
  EXPECT_LT(std::chrono::steady_clock::now() - started, 3s);
}

TEST(Run, PassesArgumentsWithoutAShell) {
  Result result = run(Command{.program = "sh",
                              .args = {"-c", "printf '%s|' \"$@\"", "sh", "a b", "'c'", "$HOME", "*"}});
  EXPECT_EQ(result.standard_output, "a b|'c'|$HOME|*|");
}

TEST(Run, ReportsACrashBySignal) {
  Result result = run(shell("kill -SEGV $$"));
  EXPECT_EQ(result.ending, Ending::killed_by_signal);
  EXPECT_EQ(result.signal, SIGSEGV);
  EXPECT_FALSE(result.succeeded());
  EXPECT_EQ(result.describe(), "killed by SIGSEGV (segmentation fault)");
}

TEST(Run, KillsAHangingChildAtTheWallTimeLimit) {
  Command command = helper({"hang"});
  command.limits.wall_time = 300ms;
  auto started = std::chrono::steady_clock::now();
  Result result = run(command);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
  EXPECT_EQ(result.ending, Ending::timed_out);
  EXPECT_EQ(result.describe(), "timed out after 0.3 s (killed)");
  EXPECT_GE(result.wall_time, 300ms);
}

TEST(Run, KillsTheWholeGroupOfAHangingShell) {
  Command command = shell("sleep 30; echo never");
  command.limits.wall_time = 300ms;
  auto started = std::chrono::steady_clock::now();
  Result result = run(command);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
  EXPECT_EQ(result.ending, Ending::timed_out);
  EXPECT_EQ(result.standard_output, "");
}

TEST(Run, ABackgroundGrandchildHoldingThePipesDoesNotHang) {
  for (Command command : {helper({"fork-and-exit"}), shell("sleep 30 & echo parent done")}) {
    auto started = std::chrono::steady_clock::now();
    Result result = run(command);
    EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
    EXPECT_TRUE(result.succeeded()) << result.describe();
    EXPECT_EQ(result.standard_output, "parent done\n");
  }
}

TEST(Run, AGrandchildThatLeftTheGroupDoesNotHang) {
  auto started = std::chrono::steady_clock::now();
  Result result = run(helper({"escape-and-exit"}));
  EXPECT_LT(std::chrono::steady_clock::now() - started, 2s);
  EXPECT_TRUE(result.succeeded()) << result.describe();
  EXPECT_EQ(result.standard_output, "parent done\n");
}

TEST(Run, AnAddressSpaceLimitEndsAGreedyChildWithAClearMessage) {
#ifdef PROCESS_TEST_UNDER_ASAN
  GTEST_SKIP() << "RLIMIT_AS cannot be combined with AddressSanitizer, which reserves terabytes";
#endif
  Command command = helper({"allocate", "512"});
  command.limits.address_space_bytes = 64 * mib;
  Result result = run(command);
  EXPECT_EQ(result.ending, Ending::killed_by_signal) << result.describe();
  EXPECT_EQ(result.signal, SIGABRT);
  EXPECT_EQ(result.describe(),
            "ran out of memory (std::bad_alloc under a 64 MiB address-space limit; killed by SIGABRT)");
}

TEST(Run, TruncatesHugeOutputWithoutHanging) {
  Command command = helper({"print-lots", std::to_string(3 * mib)});
  command.limits.max_output_bytes = mib;
  Result result = run(command);
  EXPECT_TRUE(result.succeeded()) << result.describe();
  EXPECT_TRUE(result.output_truncated);
  EXPECT_TRUE(result.standard_output == print_lots_pattern(mib));
  EXPECT_TRUE(result.standard_error == print_lots_pattern(mib));
}

TEST(Run, CapturesBinaryOutputBelowTheLimitWhole) {
  Result result = run(helper({"print-lots", std::to_string(2 * mib + 5)}));
  EXPECT_TRUE(result.succeeded()) << result.describe();
  EXPECT_FALSE(result.output_truncated);
  EXPECT_TRUE(result.standard_output == print_lots_pattern(2 * mib + 5));
  EXPECT_EQ(result.standard_error.size(), 2 * mib + 5);
}

TEST(Run, DeliversStandardInput) {
  Command command = helper({"echo-stdin"});
  command.standard_input = "hello\nworld";
  EXPECT_EQ(run(command).standard_output, "hello\nworld");

  // Larger than any pipe buffer: input and output must flow at the same time.
  command.standard_input = print_lots_pattern(8 * mib);
  command.limits.max_output_bytes = 16 * mib;
  Result result = run(command);
  EXPECT_TRUE(result.succeeded()) << result.describe();
  EXPECT_TRUE(result.standard_output == command.standard_input);
}

TEST(Run, EmptyStandardInputIsClosedAtOnce) {
  Command command = helper({"echo-stdin"});
  command.limits.wall_time = 10s;
  Result result = run(command);
  EXPECT_TRUE(result.succeeded()) << result.describe();
  EXPECT_EQ(result.standard_output, "");
}

TEST(Run, AChildThatDoesNotReadItsInputDoesNotKillTheChecker) {
  Command command = helper({"ignore-stdin"});
  command.standard_input = std::string(8 * mib, 'x');
  Result result = run(command);
  EXPECT_TRUE(result.succeeded()) << result.describe();
  sigset_t pending;
  sigpending(&pending);
  EXPECT_FALSE(sigismember(&pending, SIGPIPE)) << "a SIGPIPE was left pending";
}

TEST(Run, AMissingProgramFailsToStart) {
  Result result = run(Command{.program = "no-such-program-for-the-kata-checker"});
  EXPECT_EQ(result.ending, Ending::failed_to_start);
  EXPECT_FALSE(result.succeeded());
  EXPECT_EQ(result.describe(),
            "could not start 'no-such-program-for-the-kata-checker': No such file or directory");

  result = run(Command{.program = "/no/such/dir/program"});
  EXPECT_EQ(result.ending, Ending::failed_to_start);
  EXPECT_EQ(result.describe(), "could not start '/no/such/dir/program': No such file or directory");
}

TEST(Run, ANonExecutableFileFailsToStart) {
  TemporaryDirectory directory;
  std::ofstream(directory.path() / "script") << "#!/bin/sh\necho hi\n";
  Result result = run(Command{.program = directory.path() / "script"});
  EXPECT_EQ(result.ending, Ending::failed_to_start);
  EXPECT_EQ(result.start_failure, "Permission denied");
}

TEST(Run, AMissingWorkingDirectoryFailsToStart) {
  Command command = shell("true");
  command.working_directory = "/no/such/directory";
  Result result = run(command);
  EXPECT_EQ(result.ending, Ending::failed_to_start);
  EXPECT_EQ(result.describe(),
            "could not start 'sh': cannot enter working directory '/no/such/directory': "
            "No such file or directory");
}

TEST(Run, PassesEnvironmentVariables) {
  Command command = shell("printf '%s,%s' \"$KATA_PROCESS_TEST\" \"$HOME\"");
  command.environment = {{"KATA_PROCESS_TEST", "first"}, {"HOME", "/somewhere"},
                         {"KATA_PROCESS_TEST", "second"}};
  EXPECT_EQ(run(command).standard_output, "second,/somewhere");
}

TEST(Run, LooksTheProgramUpOnTheChildsPath) {
  Command command = shell("true");
  command.environment = {{"PATH", "/no/such/directory"}};
  EXPECT_EQ(run(command).ending, Ending::failed_to_start);
}

TEST(Run, AppliesTheWorkingDirectory) {
  TemporaryDirectory directory;
  Command command = shell("pwd -P");
  command.working_directory = directory.path();
  EXPECT_EQ(run(command).standard_output,
            std::filesystem::canonical(directory.path()).string() + "\n");
}

TEST(Run, PassesOnlyTheStandardStreams) {
  // /proc/self/fd of `ls` lists 0-2 plus the descriptor ls reads the directory with.
  Result result = run(Command{.program = "ls", .args = {"/proc/self/fd"}});
  EXPECT_EQ(result.standard_output, "0\n1\n2\n3\n");
}

TEST(Run, ACpuTimeLimitStopsASpinningChild) {
  Command command = helper({"spin"});
  command.limits.cpu_time = std::chrono::seconds(1);
  command.limits.wall_time = 20s;
  Result result = run(command);
  EXPECT_EQ(result.ending, Ending::killed_by_signal) << result.describe();
  EXPECT_EQ(result.signal, SIGXCPU);
  EXPECT_EQ(result.describe(),
            "exceeded the CPU time limit of 1.0 s (killed by SIGXCPU)");
}

TEST(Run, AFileSizeLimitStopsALargeWrite) {
  TemporaryDirectory directory;
  Command command = helper({"write-file", (directory.path() / "big").string(), "100000"});
  command.limits.file_size_bytes = 1000;
  Result result = run(command);
  EXPECT_EQ(result.ending, Ending::killed_by_signal) << result.describe();
  EXPECT_EQ(result.signal, SIGXFSZ);
  EXPECT_EQ(result.describe(),
            "exceeded the file size limit of 1000 bytes (killed by SIGXFSZ)");
}

TEST(Run, MeasuresResourceUse) {
  Result result = run(helper({"allocate", "32"}));
  EXPECT_TRUE(result.succeeded()) << result.describe();
  EXPECT_GT(result.max_rss_kib, 32 * 1024);
  EXPECT_GE(result.user_seconds + result.system_seconds, 0.0);
}

TEST(Run, RunsFromSeveralThreadsAtOnce) {
  // Pipes of one run must not leak into another's child and keep it from ending.
  std::vector<std::thread> threads;
  std::atomic<int> correct{0};
  for (int thread = 0; thread < 4; ++thread)
    threads.emplace_back([&, thread] {
      for (int i = 0; i < 10; ++i) {
        Command command = helper({"echo-stdin"});
        command.standard_input = std::to_string(thread * 100 + i);
        command.limits.wall_time = 20s;
        if (run(command).standard_output == command.standard_input) ++correct;
      }
    });
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(correct, 40);
}

TEST(FindProgram, FindsShOnThePath) {
  std::optional<std::filesystem::path> sh = find_program("sh");
  ASSERT_TRUE(sh.has_value());
  EXPECT_TRUE(sh->is_absolute());
  EXPECT_EQ(sh->filename(), "sh");
  EXPECT_EQ(find_program("/bin/sh"), std::filesystem::path("/bin/sh"));
}

TEST(FindProgram, DoesNotFindANonsenseName) {
  EXPECT_EQ(find_program("no-such-program-for-the-kata-checker"), std::nullopt);
  EXPECT_EQ(find_program(""), std::nullopt);
  EXPECT_EQ(find_program("/no/such/program"), std::nullopt);
}

TEST(WriteFileAtomically, ReplacesTheFileAndLeavesNoTemporary) {
  const auto folder = std::filesystem::temp_directory_path() / ("kata-write-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  const auto file = folder / "nested" / "state.json";
  write_file_atomically(file, "first");
  write_file_atomically(file, "second\n");
  EXPECT_EQ(read_file(file), "second\n");
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(file.parent_path())) ++entries;
  EXPECT_EQ(entries, 1) << "a temporary file was left behind";
  std::filesystem::remove_all(folder);
}

TEST(WriteFileAtomically, AnUnwritableFolderIsAnErrorAndTheOldFileStays) {
  if (::geteuid() == 0) GTEST_SKIP() << "skipped: root may write into a read-only folder";
  const auto folder = std::filesystem::temp_directory_path() / ("kata-write-ro-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  write_file_atomically(folder / "state.json", "kept");
  std::filesystem::permissions(folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  EXPECT_THROW(write_file_atomically(folder / "state.json", "lost"), std::runtime_error);
  EXPECT_EQ(read_file(folder / "state.json"), "kept");
  std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
  std::filesystem::remove_all(folder);
}

TEST(WriteFileAtomically, AFolderInTheWayIsAnErrorNamingTheFile) {
  const auto folder = std::filesystem::temp_directory_path() / ("kata-write-dir-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder / "state.json" / "occupied");
  try {
    write_file_atomically(folder / "state.json", "text");
    ADD_FAILURE() << "expected an error";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("state.json"), std::string::npos) << error.what();
  }
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++entries;
  EXPECT_EQ(entries, 1) << "the temporary was not removed";
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace checker::process
