#include "measure/measurement.hpp"

#include <fstream>
#include <random>
#include <sstream>

#include "process/process.hpp"

namespace checker::measure {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

std::string read_file(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

double cost_of(const BenchSample& sample, catalogue::Metric metric) {
  return metric == catalogue::Metric::cpu_time ? sample.cpu_ms : sample.real_ms;
}

void summarise(SideCost& side, const std::vector<const BenchSample*>& samples, catalogue::Metric metric) {
  double allocations = 0, bytes = 0;
  for (const auto* sample : samples) {
    side.costs_ms.push_back(cost_of(*sample, metric));
    allocations += sample->counters.count("allocs_per_call") ? sample->counters.at("allocs_per_call") : 0;
    bytes += sample->counters.count("alloc_bytes_per_call") ? sample->counters.at("alloc_bytes_per_call") : 0;
  }
  side.median_ms = median(side.costs_ms);
  // Allocation counts are exact per call; averaging over all rounds is only bookkeeping.
  const double count = static_cast<double>(samples.size());
  if (count > 0) {
    side.allocations_per_call = allocations / count;
    side.allocated_bytes_per_call = bytes / count;
  }
}

}  // namespace

Measurement measure_speedup(const fs::path& bench_binary, const catalogue::KataSpec& kata,
                            double target, const MeasurePlan& plan, const RoundObserver& observer) {
  const auto started = Clock::now();
  Measurement measurement;
  measurement.size = kata.verdict_size;
  if (kata.metric != catalogue::Metric::cpu_time && kata.metric != catalogue::Metric::real_time) {
    measurement.problem = "this checker does not measure the metric '" +
                          std::string(catalogue::to_string(kata.metric)) + "' yet";
    return measurement;
  }
  const std::uint64_t seed = plan.seed.value_or(std::random_device{}());
  std::vector<BenchSample> pooled;
  const RulePolicy policy{.max_rounds = plan.max_rounds};

  for (int round = 1; round <= plan.max_rounds; ++round) {
    if (observer) observer(round, plan.max_rounds);
    const auto elapsed = Clock::now() - started;
    const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(plan.time_cap - elapsed);
    if (remaining <= std::chrono::seconds(1)) break;

    const fs::path output = bench_binary.parent_path() / ("round-" + std::to_string(round) + ".json");
    std::error_code ignored;
    fs::remove(output, ignored);
    measurement.command = {
        bench_binary.string(),
        "--benchmark_filter=^" + kata.slug + "/(baseline|solution|null)/" + std::to_string(kata.verdict_size) + "/",
        "--benchmark_repetitions=" + std::to_string(plan.repetitions_per_round),
        "--benchmark_enable_random_interleaving=true",
        "--benchmark_min_time=" + std::to_string(plan.min_time_seconds),
        "--benchmark_out_format=json",
        "--benchmark_out=" + output.string(),
        "--kata_seed=" + std::to_string(seed + static_cast<std::uint64_t>(round)),
    };
    const auto run = process::run({
        .program = measurement.command.front(),
        .args = {measurement.command.begin() + 1, measurement.command.end()},
        .limits = {.wall_time = remaining, .address_space_bytes = std::size_t{16} << 30,
                   .file_size_bytes = std::size_t{256} << 20, .max_output_bytes = 64 << 10},
    });
    measurement.rounds = round;
    if (!run.succeeded()) {
      measurement.status = Measurement::Status::broken;
      measurement.problem = run.ending == process::Ending::timed_out
                                ? "the benchmark did not finish within the time cap of " +
                                      std::to_string(plan.time_cap.count()) + " s (an endless loop, or far slower than the baseline?)"
                                : "the benchmark run " + run.describe();
      break;
    }
    BenchReport report;
    try {
      report = parse_bench_json(read_file(output));
    } catch (const std::exception& error) {
      measurement.problem = error.what();
      break;
    }
    measurement.context = report.context;
    for (auto& sample : report.samples) {
      if (sample.error) {
        measurement.status = Measurement::Status::broken;
        measurement.problem = "the " + sample.side + " benchmark failed: " + *sample.error;
        break;
      }
      pooled.push_back(std::move(sample));
    }
    if (measurement.status == Measurement::Status::broken) break;

    std::map<std::string, std::vector<const BenchSample*>> by_side;
    for (const auto& sample : pooled) by_side[sample.side].push_back(&sample);
    measurement.baseline = {}, measurement.solution = {}, measurement.null_copy = {};
    summarise(measurement.baseline, by_side["baseline"], kata.metric);
    summarise(measurement.solution, by_side["solution"], kata.metric);
    summarise(measurement.null_copy, by_side["null"], kata.metric);

    const Samples samples{measurement.baseline.costs_ms, measurement.solution.costs_ms,
                          measurement.null_copy.costs_ms};
    // The time cap may end the rounds early: then this round is the last one.
    const bool out_of_time = Clock::now() - started > plan.time_cap * 2 / 3;
    measurement.judgement = judge(samples, target, out_of_time ? plan.max_rounds : round, policy);
    measurement.status = Measurement::Status::decided;
    if (measurement.judgement.outcome != Outcome::measure_more) break;
  }
  if (measurement.status == Measurement::Status::decided &&
      measurement.judgement.outcome == Outcome::measure_more) {
    measurement.judgement.outcome = Outcome::inconclusive;
    measurement.judgement.reason = "the time cap ended the measurement before it could decide";
  }
  measurement.duration = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
  return measurement;
}

}  // namespace checker::measure
