#include "measure/scaling.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "process/files.hpp"
#include "process/process.hpp"

namespace checker::measure {

namespace fs = std::filesystem;

namespace {

GrowthCurve curve_of(const BenchReport& report, const std::string& side, catalogue::Metric metric) {
  GrowthCurve curve;
  std::map<std::size_t, std::vector<double>> by_size;
  for (const auto& sample : report.samples)
    if (sample.side == side && !sample.error)
      by_size[sample.size].push_back(metric == catalogue::Metric::real_time ? sample.real_ms : sample.cpu_ms);
  for (auto& [size, costs] : by_size) {
    std::sort(costs.begin(), costs.end());
    curve.points.emplace_back(size, costs[costs.size() / 2]);
  }
  for (const auto& fit : report.complexity)
    if (fit.side == side) {
      curve.big_o = fit.big_o;
      curve.rms = fit.rms;
    }
  if (curve.points.size() >= 2) {
    const auto& [small_n, small_ms] = curve.points[curve.points.size() - 2];
    const auto& [large_n, large_ms] = curve.points.back();
    const double doublings = std::log2(static_cast<double>(large_n) / static_cast<double>(small_n));
    if (small_ms > 0 && doublings > 0) curve.per_doubling = std::pow(large_ms / small_ms, 1.0 / doublings);
  }
  return curve;
}

}  // namespace

std::optional<Scaling> scaling_from(const BenchReport& report, catalogue::Metric metric) {
  Scaling scaling{curve_of(report, "baseline", metric), curve_of(report, "solution", metric)};
  if (scaling.baseline.points.size() < 2 || scaling.solution.points.size() < 2) return std::nullopt;
  return scaling;
}

std::optional<Scaling> measure_scaling(const fs::path& bench_binary, const catalogue::KataSpec& kata,
                                       std::uint64_t seed, std::chrono::seconds time_cap, std::string& problem) {
  const fs::path output = bench_binary.parent_path() / "scaling.json";
  std::error_code ignored;
  fs::remove(output, ignored);
  const auto run = process::run({
      .program = bench_binary.string(),
      .args = {"--benchmark_filter=^" + kata.slug + "/(baseline|solution)/", "--benchmark_repetitions=3",
               "--benchmark_enable_random_interleaving=true", "--benchmark_min_time=0.02", "--benchmark_out_format=json", "--benchmark_out=" + output.string(),
               "--kata_seed=" + std::to_string(seed)},
      .limits = {.wall_time = time_cap, .address_space_bytes = std::size_t{16} << 30,
                 .file_size_bytes = std::size_t{256} << 20, .max_output_bytes = 64 << 10},
  });
  if (!run.succeeded()) {
    problem = "the scaling run " + run.describe();
    return std::nullopt;
  }
  try {
    auto scaling = scaling_from(parse_bench_json(process::read_file_or_empty(output)), kata.metric);
    if (!scaling) problem = "the scaling run reported fewer than two sizes per side";
    return scaling;
  } catch (const std::exception& error) {
    problem = error.what();
    return std::nullopt;
  }
}

}  // namespace checker::measure
