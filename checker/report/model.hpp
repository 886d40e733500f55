#pragma once
// The report model: plain data, built once per check and rendered by any format. Its JSON
// rendering is the documented schema (docs/report-schema.md); field names here are the
// JSON's field names.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalogue/kata_spec.hpp"

namespace checker::report {

using catalogue::Severity;

enum class Verdict { pass, not_yet, broken, inconclusive };

struct Location {
  std::string file;
  int line = 0;
  std::string function;
};

// One line of the learner's code, as shown under "Example from code".
struct CodeLine {
  int number = 0;
  std::string text;
};

struct Finding {
  std::string id;
  Severity severity = Severity::medium;  // after context adjustment
  Severity catalogued = Severity::medium;
  std::string severity_reason;  // why it differs from the catalogue, if it does
  std::string title;
  std::optional<Location> location;
  std::string impact;  // measured: share of time, allocations, growth
  std::string root_cause;
  std::vector<CodeLine> code;  // the learner's own lines
  std::string fix_before;
  std::string fix_after;
  std::string expected_improvement;
  std::string effort;
  std::string tradeoffs;
  bool cold_path = false;  // a decoy: "cold path: leave it"
  std::string machine_code;  // what the compiled loop around the finding's line does
  std::optional<double> share;  // of the per-line profile, its lines together (0..1)
};

struct Recommendation {
  std::string title;
  Severity severity = Severity::medium;
  std::string why;
  std::string validate;
  std::string tradeoffs;
};

// A command as the report prints it and as the suite's tests run it: no shell involved.
struct CommandLine {
  std::vector<std::pair<std::string, std::string>> environment;
  std::vector<std::string> argv;

  // Shell-quoted, e.g. `GLIBC_TUNABLES=... valgrind --tool=callgrind './bench'`.
  std::string to_shell() const;
};

struct ProfilingStep {
  std::string tool;
  std::string purpose;
  std::vector<CommandLine> commands;
  std::string note;  // e.g. "no hardware counters on this machine"
  bool available = true;  // the tool is installed here
};

struct Speedup {
  std::string metric;  // cpu_time | real_time
  double estimate = 0;
  double low = 0;
  double high = 0;
  double target = 0;
  double catalogue_target = 0;
  bool target_adjusted = false;
  std::string target_note;  // why it was adjusted, or how it was calibrated
  std::optional<double> reference_speedup;  // the reference measured on this machine
  std::optional<double> null_ratio;  // baseline vs its null copy (noise gate)
  std::optional<double> predicted;   // what the learner said they expected (--predict)
  double baseline_ms = 0;
  double solution_ms = 0;
  double baseline_allocations = 0;
  double solution_allocations = 0;
  std::optional<double> reference_allocations;  // the reference's, from this machine's calibration
  int rounds = 0;
  std::size_t input_size = 0;
};

// How a side's cost grows with the input (Google Benchmark's Complexity() fit).
struct Growth {
  std::string big_o;          // "N^2"; empty when there was no fit
  double per_doubling = 0;    // time ratio per doubling of the input, at the largest sizes
  std::vector<std::pair<std::size_t, double>> points;  // size -> ms per call
};

struct Scaling {
  Growth baseline, solution;
};

// Counts of one call of each side under callgrind (check --deterministic): the same on
// every run of the same binary and input.
struct DeterministicCounts {
  std::uint64_t seed = 0;
  std::size_t input_size = 0;
  std::uint64_t baseline_instructions = 0, solution_instructions = 0;
  std::uint64_t baseline_d1_misses = 0, solution_d1_misses = 0;
  std::uint64_t baseline_ll_misses = 0, solution_ll_misses = 0;
  bool decides_verdict = false;  // the kata is instruction-bound (kata.json "deterministic": "judge")
};

// A memory-bound kata's distance to the physical limit (check --full).
struct Bandwidth {
  double solution_bytes_per_second = 0;
  double machine_bytes_per_second = 0;  // one core reading a buffer far larger than the caches
};

// Where the time of the learner's build went, line by line (check --full): the hottest
// lines of their file with their share of all samples.
struct LineProfile {
  std::string tool;  // "perf" | "callgrind"
  struct Line {
    int number = 0;
    double share = 0;  // of all samples of the run, 0..1
    std::string text;
  };
  std::vector<Line> hottest;  // by share, at most a handful
  double file_share = 0;      // all lines of the learner's file together
};

// A kata with several anti-patterns (kata.json ranked_by_profile): its findings ranked by
// the share of the profile their lines take, against the learner's previous check, so the
// next bottleneck shows as the ranking changes.
struct Ranking {
  std::string tool;  // "perf" | "callgrind"
  struct Entry {
    std::string id;
    std::string title;
    double share = 0;                     // now (for `fixed`: at the previous check)
    std::optional<double> previous_share;  // at the learner's previous check of this file
  };
  std::vector<Entry> open;   // findings still in the code, largest share first
  std::vector<Entry> fixed;  // ranked at the previous check, gone from the code now
  std::string next;          // what to fix next, and whether it is enough for the target
};

struct Machine {
  std::string cpu;
  int cores = 0;
  std::string compiler;
  std::string flags;
  std::string kernel;
};

struct BenchmarkAdvice {
  std::string code;            // Google Benchmark code fitted to the kata's entry function
  CommandLine run_command;     // how to run the kata's own benchmark binary
  std::string expectations;    // the numbers to expect here
  std::string interpretation;  // how to read them
};

struct Timings {
  long long build_ms = 0;
  long long test_ms = 0;
  long long measure_ms = 0;
  long long total_ms = 0;
  bool rebuilt = false;
};

struct Report {
  std::string kata;
  std::string title;
  std::string solution_file;
  Verdict verdict = Verdict::broken;
  std::string verdict_reason;
  std::vector<std::string> problem_details;  // BROKEN: compiler errors, failing tests
  std::optional<Speedup> speedup;
  std::optional<Scaling> scaling;
  std::optional<DeterministicCounts> deterministic;
  std::optional<Bandwidth> bandwidth;
  std::optional<LineProfile> profile;
  std::optional<Ranking> ranking;
  Machine machine;

  // 1. Executive summary
  std::string assessment;  // Critical | Concerning | Good | Excellent
  std::vector<std::string> most_critical;
  std::string improvement_potential;

  std::vector<Finding> findings;                // 2.
  std::vector<Recommendation> recommendations;  // 3.
  std::vector<ProfilingStep> profiling;         // 4.
  BenchmarkAdvice benchmark;                    // 5.

  std::vector<std::string> notes;
  Timings timings;
};

std::string_view to_string(Verdict verdict);        // "pass", "not_yet", ...
std::string_view verdict_title(Verdict verdict);    // "PASS", "NOT YET", ...
int exit_code(Verdict verdict);                     // 0 pass, 1 not yet, 2 broken, 3 inconclusive

}  // namespace checker::report
