#pragma once
// One check, end to end: build the learner's file against the pristine kata, prove it
// correct, measure it against the baseline, analyse it, and assemble the report.
#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "catalogue/kata_spec.hpp"
#include "measure/measurement.hpp"
#include "pipeline/workspace.hpp"
#include "report/model.hpp"

namespace checker::pipeline {

struct CheckOptions {
  std::filesystem::path solution_file;  // empty: katas/<slug>/solution.cpp
  std::string label = "learner";        // names the work tree
  measure::MeasurePlan plan;
  std::chrono::seconds test_time_limit{60};  // the correctness tests; a hang ends here
  std::chrono::seconds compile_time_limit = build::kCompileTimeLimit;  // each compiler or linker run
  bool calibrate = true;                // measure the reference once per machine (cached)
  bool scaling = true;                  // also show how the cost grows with n (katas with 3+ sizes)
  bool full = false;                    // also the slower evidence: clang-tidy (and profiles)
  bool profile = true;                  // profile a ranked kata's lines (kata verify judges verdicts only)
  bool deterministic = false;           // also count instructions under callgrind (decides judge katas)
  std::optional<double> predicted;      // the learner's guess (--predict)
  std::function<void(const std::string&)> progress;  // one status line per step
};

report::Report run_check(const catalogue::KataSpec& kata, const Workspace& workspace,
                         const CheckOptions& options);

// Only the measurement and its verdict, for a benchmark executable the CMake build already
// made (`kata verify --prebuilt`, which `./kata selftest` uses so that nothing is compiled
// twice): no build, no tests (CTest runs them), no findings. A missing executable is
// BROKEN with a reason that says to build first. When `source` (the file the executable was
// built from) is the starting solution to the letter, it is "no change", as in run_check.
report::Report measure_prebuilt(const catalogue::KataSpec& kata, const Workspace& workspace,
                                const std::filesystem::path& bench_binary, const measure::MeasurePlan& plan,
                                const std::filesystem::path& source = {});

}  // namespace checker::pipeline
