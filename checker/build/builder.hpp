#pragma once
// Builds a learner's solution file into a correctness-test and a benchmark executable,
// against pristine copies of the kata's other files. Objects are cached by content, so
// after a one-line edit only solution.cpp is compiled and two executables linked; an
// unchanged file is not rebuilt at all.
#include <chrono>
#include <filesystem>
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

struct BuildRequest {
  const catalogue::KataSpec& kata;
  const Toolchain& toolchain;
  std::filesystem::path repo_root;
  std::filesystem::path solution_file;  // the learner's file (or any file given with --solution)
  std::filesystem::path work_dir;       // where the staged sources and executables go
  std::filesystem::path object_cache;   // shared between builds: objects by content hash
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

// A stable 64-bit content hash (FNV-1a) as 16 hex digits: cache keys, not security.
std::string content_hash(const std::vector<std::string>& parts);

}  // namespace checker::build
