#pragma once
// How the suite's CMake build compiles and links a kata, written by CMake to
// <build dir>/kata-toolchain.json, so the checker can build a learner's file the same way
// without running CMake (an edit-to-verdict loop of seconds).
#include <filesystem>
#include <string>
#include <vector>

namespace checker::build {

struct Toolchain {
  std::string compiler;          // absolute path of the C++ compiler
  std::string compiler_id;       // GNU | Clang
  std::string compiler_version;  // e.g. 12.2.0
  std::vector<std::string> compile_flags;
  std::vector<std::string> bench_link;  // libraries for benchmark executables
  std::vector<std::string> test_link;   // libraries for test executables

  // "g++ 12.2.0" or "clang++ 14.0.6".
  std::string describe() const;
  // The flags as one line, for reports.
  std::string flags_line() const;
};

// Reads the file CMake generated; throws std::runtime_error with a message that says how
// to produce it when it is missing.
Toolchain load_toolchain(const std::filesystem::path& toolchain_json);

}  // namespace checker::build
