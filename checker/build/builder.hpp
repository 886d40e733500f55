#pragma once
// Builds a learner's solution file into a correctness-test and a benchmark executable,
// against pristine copies of the kata's other files. Objects are cached by content, so
// after a one-line edit only solution.cpp is compiled and two executables linked; an
// unchanged file is not rebuilt at all.
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "build/toolchain.hpp"
#include "catalogue/kata_spec.hpp"

namespace checker::build {

// One compiler message, with the path the learner knows (not the staging copy's).
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string severity;  // error | fatal error | warning
  std::string message;
};

// Each compiler or linker run of a learner's file gets this long by default (--compile-seconds
// changes it): generous for a kata, short for a template explosion.
inline constexpr std::chrono::seconds kCompileTimeLimit{120};

struct BuildRequest {
  const catalogue::KataSpec& kata;
  const Toolchain& toolchain;
  std::filesystem::path repo_root;
  std::filesystem::path solution_file;  // the learner's file (or any file given with --solution)
  std::filesystem::path work_dir;       // where the staged sources and executables go
  std::filesystem::path object_cache;   // shared between builds: objects by content hash
  // What is being compiled and how long it should still take (from earlier builds).
  std::function<void(const std::string&)> progress = {};
  bool object_only = false;  // compile the solution file only: no test or benchmark executable
  // Per compiler or linker run: a submission may explode templates or include </dev/zero>.
  std::chrono::seconds compile_time_limit = kCompileTimeLimit;
};

struct BuildResult {
  enum class Status { built, compile_error, link_error, setup_error };
  Status status = Status::setup_error;
  std::filesystem::path test_binary;
  std::filesystem::path bench_binary;
  std::filesystem::path solution_object;
  std::filesystem::path baseline_object;
  std::filesystem::path staged_kata_dir;  // pristine kata files + the solution, as compiled
  std::string solution_key;               // content hash of what the solution object is built from
  std::vector<Diagnostic> diagnostics;    // errors first, as the compiler printed them
  std::string log;                        // the compiler's or linker's output
  std::vector<std::string> notes;         // e.g. a fixed file that was edited and ignored
  bool reused = false;                    // nothing was compiled or linked
  std::chrono::milliseconds duration{};

  // First lines worth showing a learner: "solution.cpp:12:5: error: ..." (at most `count`).
  std::string first_errors(std::size_t count = 3) const;
};

BuildResult build_solution(const BuildRequest& request);

// Parses gcc/clang diagnostics ("file:line:col: error: message"), mapping `staged_path`
// back to `shown_path`.
std::vector<Diagnostic> parse_diagnostics(const std::string& compiler_output,
                                          const std::string& staged_path,
                                          const std::string& shown_path);

// How long each step of a kata's build took last time ("top-k/test.cpp" -> ms, "top-k/link"),
// kept beside the object cache, so that a long build can say how long is left.
class BuildTimes {
 public:
  static BuildTimes load(const std::filesystem::path& file);
  void save(const std::filesystem::path& file) const;
  void record(const std::string& step, std::chrono::milliseconds took) { last_[step] = took; }
  // Wall time of `steps` run `parallel` at a time, plus the link; nullopt when a step was
  // never timed (a first build).
  std::optional<std::chrono::milliseconds> estimate(const std::vector<std::string>& steps, std::size_t parallel,
                                                    const std::string& link_step) const;

 private:
  std::map<std::string, std::chrono::milliseconds> last_;
};

// "compiling solution.cpp, test.cpp: about 12 s left" (or "...: first build of this kata, no
// estimate yet").
std::string build_progress_line(const std::vector<std::string>& files,
                                const std::optional<std::chrono::milliseconds>& left);

// A stable 64-bit content hash (FNV-1a) as 16 hex digits: cache keys, not security.
std::string content_hash(const std::vector<std::string>& parts);

}  // namespace checker::build
