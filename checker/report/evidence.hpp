#pragma once
// What a check found out, as plain data: the input from which a report is assembled. The
// pipeline fills it from the build, the tests, the measurement and the analysis; the
// report module turns it into findings, ranking and advice without running anything.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "catalogue/kata_spec.hpp"
#include "report/model.hpp"

namespace checker::report {

struct Evidence {
  std::string solution_file;                 // as the learner names it
  std::vector<std::string> solution_lines;   // the learner's source, for "Example from code"

  Verdict verdict = Verdict::broken;
  std::string verdict_reason;
  std::vector<std::string> problem_details;  // BROKEN: compiler errors, failing tests
  std::optional<Speedup> speedup;
  Machine machine;

  bool detectors_ran = false;
  std::string detectors_problem;
  std::map<std::string, std::vector<int>> detector_lines;  // finding id -> learner's lines
  std::map<std::string, std::string> measured_findings;    // finding id -> measured impact sentence

  // The executables that were measured, for commands that work on this machine.
  std::filesystem::path bench_binary;
  std::filesystem::path solution_object;
  std::filesystem::path staged_kata_dir;
  std::filesystem::path repo_root;
  std::map<std::string, bool> tools;  // perf, valgrind, objdump -> installed

  std::vector<std::string> notes;
  Timings timings;
};

// The whole report for `kata` from `evidence`.
Report assemble_report(const catalogue::KataSpec& kata, const Evidence& evidence);

// Section 4: profiling commands that work on this kata's binaries here.
std::vector<ProfilingStep> profiling_strategy(const catalogue::KataSpec& kata, const Evidence& evidence);

// "5.0×", "12×": how reports print a speedup.
std::string times_text(double value);

// Section 5: a Google Benchmark program for the kata's entry function, and how to read it.
BenchmarkAdvice benchmark_advice(const catalogue::KataSpec& kata, const Evidence& evidence);

}  // namespace checker::report
