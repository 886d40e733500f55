#pragma once
// Structural detectors: the clang AST matchers of a kata's findings, run with clang-query
// on the learner's file. They match code, not text, so renaming and reformatting do not
// hide an anti-pattern and commenting it out does remove it.
#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "catalogue/kata_spec.hpp"

namespace checker::analyze {

struct DetectorRun {
  bool available = false;  // clang-query found and ran
  std::string problem;     // why not, or what went wrong
  // finding id -> lines of the learner's file where its matcher fired (sorted, unique)
  std::map<std::string, std::vector<int>> lines;
};

// Runs every clang-query finding of `kata` on `source` (compiled with `include_dirs`), and
// locates each decoy finding's function definition (a decoy is reported where it is).
// clang-query parses the file as a compiler does: it gets the same time limit.
DetectorRun run_detectors(const catalogue::KataSpec& kata, const std::filesystem::path& source,
                          const std::vector<std::filesystem::path>& include_dirs,
                          std::chrono::seconds time_limit = std::chrono::seconds(60));

// Lines of `source` where clang-query output says a root node binds, per "match" command
// in order (clang-query prints "N matches." after each).
std::vector<std::vector<int>> parse_clang_query_output(const std::string& output,
                                                       const std::string& source);

}  // namespace checker::analyze
