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
  bool unchanged_from_start = false;  // same machine code as the starting solution: not measured
  std::vector<std::string> problem_details;  // BROKEN: compiler errors, failing tests
  std::optional<Speedup> speedup;
  std::optional<Scaling> scaling;
  std::optional<DeterministicCounts> deterministic;
  std::optional<Bandwidth> bandwidth;
  Machine machine;

  bool detectors_ran = false;
  std::string detectors_problem;
  std::map<std::string, std::vector<int>> detector_lines;  // finding id -> learner's lines
  std::map<std::string, std::string> measured_findings;    // finding id -> measured impact sentence

  // The loops of the learner's compiled code (objdump of the measured object): the lines
  // each spans and what it does ("calls operator new ×2; scalar").
  struct CompiledLoop {
    int first_line = 0, last_line = 0;
    std::string description;
  };
  std::vector<CompiledLoop> compiled_loops;

  // Share of the run's samples per line of the learner's file (check --full: perf or
  // callgrind), and the tool that measured it; empty when not profiled.
  std::map<int, double> line_shares;
  std::string profile_tool;
  // The ranking of the learner's previous check of this file (ranked katas): finding id ->
  // share; empty on the first.
  std::map<std::string, double> previous_shares;

  // clang-tidy's performance-* warnings in the learner's file (check --full).
  struct StaticWarning {
    std::string check;
    int line = 0;
    std::string message;
    Severity severity = Severity::medium;
  };
  std::vector<StaticWarning> static_warnings;

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

// Ranked katas: the findings' shares of the profile, largest first, against the previous
// check, and the next step; nullopt for other katas or without a profile. `findings` as
// collected for the report.
std::optional<Ranking> rank_findings(const catalogue::KataSpec& kata, const Evidence& evidence,
                                     const std::vector<Finding>& findings);

// Section 4: profiling commands that work on this kata's binaries here.
std::vector<ProfilingStep> profiling_strategy(const catalogue::KataSpec& kata, const Evidence& evidence);

// "5.0×", "12×": how reports print a speedup.
std::string times_text(double value);

// "O(N^2), ×3.9 per doubling": how reports print a growth curve.
std::string growth_text(const Growth& growth);

// The hottest lines of the learner's file from the per-line shares, with their text.
std::optional<LineProfile> line_profile(const Evidence& evidence, std::size_t at_most = 6);

// "9.8 GB/s, 71% of the 13.8 GB/s this machine reads"
std::string bandwidth_text(const Bandwidth& bandwidth);

// "deterministic (callgrind, n = 4000, seed 7): instructions 1.2G → 35M per call (34× fewer); ..."
std::string deterministic_text(const DeterministicCounts& counts);

// Section 5: a Google Benchmark program for the kata's entry function, and how to read it.
BenchmarkAdvice benchmark_advice(const catalogue::KataSpec& kata, const Evidence& evidence);

}  // namespace checker::report
