#pragma once
// How the cost of baseline and solution grows with the input: one quick run over all the
// kata's sizes, Google Benchmark's Complexity() fit per side, and the time ratio per
// doubling at the largest sizes ("still O(N^2): x3.9 per doubling"). Informative only: the
// verdict stays with the measurement at the verdict size.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "catalogue/kata_spec.hpp"
#include "measure/bench_json.hpp"

namespace checker::measure {

struct GrowthCurve {
  std::string big_o;  // Google Benchmark's fitted class: "(1)", "lgN", "N", "NlgN", "N^2", "N^3"
  double rms = 0;     // the fit's normalised root-mean-square error
  std::vector<std::pair<std::size_t, double>> points;  // size -> ms per call
  double per_doubling = 0;  // time ratio for doubling the input, over the two largest sizes
};

struct Scaling {
  GrowthCurve baseline, solution;
};

// The scaling of both sides from one benchmark report (pure: tested on recorded JSON).
// nullopt when the report lacks a side or has fewer than two sizes.
std::optional<Scaling> scaling_from(const BenchReport& report, catalogue::Metric metric);

// Runs `bench_binary` over all sizes: three interleaved repetitions each (the median per
// size), a short minimum time.
// Returns nullopt, with `problem` set, when the run fails or the output cannot be read.
std::optional<Scaling> measure_scaling(const std::filesystem::path& bench_binary, const catalogue::KataSpec& kata,
                                       std::uint64_t seed, std::chrono::seconds time_cap, std::string& problem);

}  // namespace checker::measure
