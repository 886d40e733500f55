#pragma once
// Reads the JSON that a kata's benchmark executable (Google Benchmark) writes.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace checker::measure {

// One repetition of one benchmark, as Google Benchmark reported it (times in ms).
struct BenchSample {
  std::string side;  // baseline | solution | null
  std::size_t size = 0;
  int repetition = 0;
  long long iterations = 0;
  double real_ms = 0;
  double cpu_ms = 0;
  std::map<std::string, double> counters;  // allocs_per_call, alloc_bytes_per_call, peak_bytes, p99_ms, ...
  std::optional<std::string> error;        // SkipWithError's message (e.g. a failed cross-check)
};

// A fitted complexity (Complexity(oAuto)): "N^2", coefficient and RMS.
struct ComplexityFit {
  std::string side;
  std::string big_o;
  double coefficient = 0;
  double rms = 0;
};

struct BenchContext {
  int cpus = 0;
  double mhz = 0;
  std::string library_build_type;
  std::vector<double> load_average;
};

struct BenchReport {
  BenchContext context;
  std::vector<BenchSample> samples;
  std::vector<ComplexityFit> complexity;
};

// Parses the text; throws std::runtime_error saying what is wrong.
BenchReport parse_bench_json(const std::string& text);

}  // namespace checker::measure
