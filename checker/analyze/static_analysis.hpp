#pragma once
// clang-tidy's performance-* checks on the learner's file: fast (about half a second), and
// what a reviewer would flag beyond the kata's own anti-pattern. Only warnings in the
// learner's file count; each is mapped to the report's severity classes.
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "catalogue/kata_spec.hpp"

namespace checker::analyze {

struct TidyWarning {
  std::string check;  // "performance-unnecessary-copy-initialization"
  int line = 0;
  int column = 0;
  std::string message;
};

struct TidyRun {
  bool ran = false;
  std::string problem;  // why it did not run
  std::vector<TidyWarning> warnings;
};

// Warnings about `source` (absolute path as clang-tidy prints it) in clang-tidy's output.
std::vector<TidyWarning> parse_clang_tidy_output(const std::string& output, const std::string& source);

// The severity class of a check: a copy in the hot loop is worth more than a cheaper
// string::find overload. Unknown checks are MEDIUM.
catalogue::Severity severity_of_check(const std::string& check);

// Runs `clang-tidy -checks=-*,performance-*` on `source` with `include_dirs`.
TidyRun run_clang_tidy(const std::filesystem::path& source, const std::vector<std::filesystem::path>& include_dirs,
                       std::chrono::seconds time_limit = std::chrono::seconds(60));

}  // namespace checker::analyze
