// Runs one program (compiler, test binary, benchmark, nm, valgrind, ...) under limits
// and captures what it prints. Every external step of the checker goes through run().
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace checker::process {

// What a run may use before it is stopped. Core dumps are always disabled: a crashing
// learner program must not spend seconds writing hundreds of MiB to disk.
struct Limits {
  // Then the child's whole process group is killed.
  std::chrono::milliseconds wall_time{std::chrono::seconds(60)};
  // RLIMIT_CPU: SIGXCPU at the limit, SIGKILL a second later.
  std::optional<std::chrono::seconds> cpu_time{};
  // RLIMIT_AS. Not for sanitizer builds: they reserve terabytes of address space.
  std::optional<std::size_t> address_space_bytes{};
  // RLIMIT_FSIZE: SIGXFSZ on writing past it.
  std::optional<std::size_t> file_size_bytes{};
  // Per stream: the first part is kept, the rest is read and dropped (output_truncated).
  std::size_t max_output_bytes = 4 << 20;
  // RLIMIT_NPROC: processes of the (run_as) user. Root ignores it: use with Isolation::user.
  std::optional<long> processes{};
};

// Isolation for untrusted programs (kata grade). Each member is applied in the child before
// exec; when one cannot be, the program does not start (Result::start_failure says why).
// probe_isolation() tells beforehand which are possible here.
struct Isolation {
  // setgid/setuid (with no supplementary groups) to this user: only a root checker can.
  std::optional<unsigned> user{}, group{};
  // A network namespace of its own (no interface but a down loopback): root, or
  // unprivileged user namespaces.
  bool no_network = false;
  // A cgroup v2 directory the program is moved into (its limits set by the caller).
  std::filesystem::path cgroup{};
};

// One program to run. Never goes through a shell. Every member has a default (the `{}`s
// also keep g++ 12 quiet about designated initializers that name only some members).
struct Command {
  // Looked up on PATH (the PATH in `environment` if it sets one) when it has no '/';
  // a relative path with a '/' is taken relative to `working_directory`, as execve sees it.
  std::filesystem::path program{};
  // argv[1..]; argv[0] is `program` as given.
  std::vector<std::string> args{};
  // Empty: the checker's own.
  std::filesystem::path working_directory{};
  // Variables added to, or overriding, the checker's environment.
  std::vector<std::pair<std::string, std::string>> environment{};
  // Written to the child's stdin, which is then closed (empty: closed at once).
  std::string standard_input{};
  Limits limits{};
  Isolation isolation{};
};

// How a run ended.
enum class Ending { exited, killed_by_signal, timed_out, failed_to_start };

// Everything known about a finished run.
struct Result {
  Ending ending = Ending::failed_to_start;
  int exit_code = -1;  // when `exited`
  int signal = 0;      // when `killed_by_signal` (SIGKILL when `timed_out`)
  std::string standard_output;
  std::string standard_error;
  bool output_truncated = false;  // either stream exceeded Limits::max_output_bytes
  std::chrono::milliseconds wall_time{};
  double user_seconds = 0;
  double system_seconds = 0;
  long max_rss_kib = 0;  // peak resident set of the child (or its largest waited-for descendant)

  std::string program;        // Command::program as given, so messages can name it
  std::string start_failure;  // when `failed_to_start`: why, e.g. "No such file or directory"
  Limits limits;              // the limits of the run, so describe() can name the one that was hit

  // Whether the program exited with status 0.
  bool succeeded() const;
  // One line saying how the run ended, e.g. "exited with status 1",
  // "killed by SIGSEGV (segmentation fault)", "timed out after 10.0 s (killed)",
  // "could not start 'foo': No such file or directory" or, when it can be told,
  // "ran out of memory (std::bad_alloc under a 64 MiB address-space limit; killed by SIGABRT)".
  std::string describe() const;
};

// Runs `command` to completion (or to a limit) and returns how it went. Failures of the
// child, including failing to start, are reported in the Result; std::system_error is
// thrown only when the checker itself cannot go on (no pipe, no fork, lost child because
// SIGCHLD is ignored). The child gets its own process group, all of which is killed when
// the child ends or times out, so a left-behind grandchild cannot hang the checker.
// Thread-safe; the child is also killed if the calling thread dies (PR_SET_PDEATHSIG).
Result run(const Command& command);

// The first executable regular file called `name` in the directories of $PATH, or
// `name` itself when it contains a '/' and is executable; nullopt when there is none.
std::optional<std::filesystem::path> find_program(std::string_view name);

// `text` without ANSI escape sequences (the colours compilers and servers put in messages).
std::string without_colour(std::string_view text);

}  // namespace checker::process
