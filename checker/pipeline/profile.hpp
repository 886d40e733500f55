#pragma once
// Evidence that needs the program run under a tool: where the time goes per line of the
// learner's file (`kata profile`: perf sampling, callgrind when perf is missing or not
// permitted) and deterministic counts (`kata check --deterministic`: instructions and
// simulated cache misses of the entry function under callgrind, identical run to run).
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "analyze/profile.hpp"
#include "catalogue/kata_spec.hpp"
#include "pipeline/workspace.hpp"

namespace checker::pipeline {

enum class ProfileTool { automatic, perf, callgrind };

struct LineProfileRun {
  bool ok = false;
  std::string problem;
  std::string tool;                       // "perf" or "callgrind"
  std::string unit;                       // "samples" or "instructions"
  analyze::LineProfile profile;
  std::vector<std::string> source_lines;  // the profiled file
  std::string shown_file;
  std::vector<std::string> commands;      // what was run, shell-quoted, to repeat it by hand
};

// Builds the file (as `kata check` does) and profiles about a second of calls of its entry
// function at the verdict size (`baseline`: the baseline's instead).
LineProfileRun profile_lines(const catalogue::KataSpec& kata, const Workspace& workspace,
                             const std::filesystem::path& solution_file, const std::string& label, bool baseline,
                             ProfileTool tool);

struct DeterministicSide {
  std::uint64_t instructions = 0;  // per call
  std::uint64_t d1_misses = 0;     // simulated L1 data misses (reads + writes) per call
  std::uint64_t ll_misses = 0;     // simulated last-level misses (data) per call
};

struct DeterministicCounts {
  bool ok = false;
  std::string problem;
  std::uint64_t seed = 0;
  std::size_t size = 0;
  DeterministicSide baseline, solution;
};

// Counts one call of each side on the same input (fixed seed) under callgrind, with the
// cache sizes given explicitly so the numbers do not depend on what valgrind detects.
DeterministicCounts count_deterministically(const catalogue::KataSpec& kata, const std::filesystem::path& bench_binary,
                                            std::uint64_t seed, std::chrono::seconds time_limit);

}  // namespace checker::pipeline
