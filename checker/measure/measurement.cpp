#include "measure/measurement.hpp"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "measure/cpu_load.hpp"
#include "process/files.hpp"
#include "process/process.hpp"

namespace checker::measure {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// The cost a repetition contributes to the verdict. For memory growth it is the time the
// growth may not be bought with (time no worse than 1.2x), judged at the larger size.
double cost_of(const BenchSample& sample, catalogue::Metric metric) {
  switch (metric) {
    case catalogue::Metric::cpu_time:
    case catalogue::Metric::memory_growth: return sample.cpu_ms;
    case catalogue::Metric::real_time: return sample.real_ms;
    case catalogue::Metric::p99_latency: {
      const auto it = sample.counters.find("p99_ms");
      return it == sample.counters.end() ? 0.0 : it->second;  // 0: invalid, the rule says so
    }
  }
  return 0;
}

// The harness explains a refusal on a line of its own ("kata benchmark: ..."): pass it on.
std::string harness_refusal(const std::string& standard_error) {
  constexpr std::string_view kPrefix = "kata benchmark: ";
  const auto at = standard_error.rfind(kPrefix);
  if (at == std::string::npos || (at > 0 && standard_error[at - 1] != '\n')) return "";
  const auto end = standard_error.find('\n', at);
  return ": " + standard_error.substr(at + kPrefix.size(), end == std::string::npos ? end : end - at - kPrefix.size());
}

}  // namespace

// Memory growth: how much more the baseline's peak grows from L to 4L than the solution's.
// Peaks are counted exactly (deterministic), so the ratio has no interval of its own; the
// time judgement (solution no slower than 1.2x the baseline) is statistical.
Judgement judge_memory_growth(const Samples& time_costs, double baseline_growth, double solution_growth,
                              double target, int round, const RulePolicy& policy) {
  constexpr double kAllowedSlowdown = 1.2;
  const bool measured = std::isfinite(baseline_growth) && std::isfinite(solution_growth) && baseline_growth > 0 &&
                        solution_growth > 0;
  const double ratio = measured ? baseline_growth / solution_growth : 0;
  Judgement time = judge(time_costs, 1 / kAllowedSlowdown, round, policy);
  Judgement result = time;
  result.speedup = {ratio, ratio, ratio};
  const auto growth_text = [](double growth) {
    char text[64];
    std::snprintf(text, sizeof text, "%.2fx", growth);
    return std::string(text);
  };
  if (!measured) {
    result.outcome = Outcome::inconclusive;
    result.reason = "no heap growth was measured: the peak at L or 4L was zero or missing";
  } else if (ratio < target) {
    result.outcome = Outcome::not_yet;
    result.reason = "your peak memory still grows " + growth_text(solution_growth) + " from L to 4L (the baseline's " +
                    growth_text(baseline_growth) + "): " + growth_text(ratio) + " less growth, the target is " +
                    growth_text(target);
  } else if (time.outcome == Outcome::pass) {
    result.reason = "peak memory grows " + growth_text(solution_growth) + " from L to 4L (baseline " +
                    growth_text(baseline_growth) + "), and it is no more than 1.2x slower";
  } else if (time.outcome == Outcome::not_yet) {
    result.reason = "memory is bounded, but the solution is more than 1.2x slower than the baseline (" +
                    time.reason + ")";
  }
  return result;
}

double median_counter(const std::vector<const BenchSample*>& samples, const char* counter) {
  std::vector<double> values;
  for (const auto* sample : samples)
    if (const auto it = sample->counters.find(counter); it != sample->counters.end()) values.push_back(it->second);
  return values.empty() ? 0.0 : median(values);
}

void summarise(SideCost& side, const std::vector<const BenchSample*>& samples, catalogue::Metric metric) {
  for (const auto* sample : samples) side.costs_ms.push_back(cost_of(*sample, metric));
  side.median_ms = median(side.costs_ms);
  // Counted once per side and size in each benchmark process (the counts are exact), so
  // only some repetitions carry them.
  side.peak_bytes = median_counter(samples, "peak_bytes");
  side.allocations_per_call = median_counter(samples, "allocs_per_call");
  side.allocated_bytes_per_call = median_counter(samples, "alloc_bytes_per_call");
  side.bytes_per_second = median_counter(samples, "bytes_per_second");
}

Measurement measure_speedup(const fs::path& given_bench_binary, const catalogue::KataSpec& kata,
                            double target, const MeasurePlan& plan, const RoundObserver& observer) {
  const fs::path bench_binary = fs::absolute(given_bench_binary);
  const auto started = Clock::now();
  Measurement measurement;
  measurement.size = kata.verdict_size;
  const std::uint64_t seed = plan.seed.value_or(std::random_device{}());
  std::vector<BenchSample> pooled;
  const RulePolicy policy{.max_rounds = plan.max_rounds};

  double others_busy = 0, measured_wall_seconds = 0;
  for (int round = 1; round <= plan.max_rounds; ++round) {
    if (observer) observer(round, plan.max_rounds);
    const auto elapsed = Clock::now() - started;
    const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(plan.time_cap - elapsed);
    if (remaining <= std::chrono::seconds(1)) break;

    const fs::path output = bench_binary.parent_path() / ("round-" + std::to_string(round) + ".json");
    std::error_code ignored;
    fs::remove(output, ignored);
    const bool growth = kata.metric == catalogue::Metric::memory_growth;
    const std::string sizes = growth ? "(" + std::to_string(kata.verdict_size / 4) + "|" +
                                           std::to_string(kata.verdict_size) + ")"
                                     : std::to_string(kata.verdict_size);
    measurement.command = {
        bench_binary.string(),
        "--benchmark_filter=^" + kata.slug + "/(baseline|solution|null)/" + sizes + "/",
        "--benchmark_repetitions=" + std::to_string(plan.repetitions_per_round),
        "--benchmark_enable_random_interleaving=true",
        "--benchmark_min_time=" + std::to_string(plan.min_time_seconds),
        "--benchmark_out_format=json",
        "--benchmark_out=" + output.string(),
        "--kata_seed=" + std::to_string(seed + static_cast<std::uint64_t>(round)),
    };
    const auto cpu_before = read_cpu_times();
    const auto run = process::run({
        .program = measurement.command.front(),
        .args = {measurement.command.begin() + 1, measurement.command.end()},
        .working_directory = bench_binary.parent_path(),
        .limits = {.wall_time = remaining, .address_space_bytes = std::size_t{16} << 30,
                   .file_size_bytes = std::size_t{256} << 20, .max_output_bytes = 64 << 10},
    });
    measurement.rounds = round;
    if (const auto cpu_after = read_cpu_times(); cpu_before && cpu_after) {
      others_busy += others_busy_seconds(*cpu_before, *cpu_after, run.user_seconds + run.system_seconds);
      measured_wall_seconds += std::chrono::duration<double>(run.wall_time).count();
    }
    if (!run.succeeded()) {
      // A hang shows in the correctness tests first (they run the same code with their own
      // limit), so running out of time here is a busy machine or a very slow solution:
      // not a verdict on the code.
      const bool out_of_time = run.ending == process::Ending::timed_out;
      measurement.status = out_of_time ? Measurement::Status::failed : Measurement::Status::broken;
      measurement.problem = out_of_time ? "the benchmark did not finish within the time cap of " +
                                              std::to_string(plan.time_cap.count()) +
                                              " s: the machine is busy, or the solution is far slower than the baseline "
                                              "(--max-seconds raises the cap)"
                                        : "the benchmark run " + run.describe() + harness_refusal(run.standard_error);
      break;
    }
    BenchReport report;
    try {
      report = parse_bench_json(process::read_file_or_empty(output));
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

    std::map<std::string, std::vector<const BenchSample*>> by_side, small_by_side;
    for (const auto& sample : pooled)
      (sample.size == kata.verdict_size ? by_side : small_by_side)[sample.side].push_back(&sample);
    measurement.baseline = {}, measurement.solution = {}, measurement.null_copy = {};
    summarise(measurement.baseline, by_side["baseline"], kata.metric);
    summarise(measurement.solution, by_side["solution"], kata.metric);
    summarise(measurement.null_copy, by_side["null"], kata.metric);

    const Samples samples{measurement.baseline.costs_ms, measurement.solution.costs_ms,
                          measurement.null_copy.costs_ms};
    // The time cap may end the rounds early: then this round is the last one.
    const bool out_of_time = Clock::now() - started > plan.time_cap * 2 / 3;
    const int effective_round = out_of_time ? plan.max_rounds : round;
    if (growth) {
      const double baseline_growth = measurement.baseline.peak_bytes / median_counter(small_by_side["baseline"], "peak_bytes");
      const double solution_growth = measurement.solution.peak_bytes / median_counter(small_by_side["solution"], "peak_bytes");
      measurement.baseline_growth = baseline_growth;
      measurement.solution_growth = solution_growth;
      measurement.judgement = judge_memory_growth(samples, baseline_growth, solution_growth, target, effective_round, policy);
    } else {
      measurement.judgement = judge(samples, target, effective_round, policy);
    }
    measurement.status = Measurement::Status::decided;
    if (measurement.judgement.outcome != Outcome::measure_more) break;
  }
  if (measurement.status == Measurement::Status::decided &&
      measurement.judgement.outcome == Outcome::measure_more) {
    measurement.judgement.outcome = Outcome::inconclusive;
    measurement.judgement.reason = "the time cap ended the measurement before it could decide";
  }
  if (measured_wall_seconds > 0) measurement.others_load_cores = others_busy / measured_wall_seconds;
  if (measurement.status == Measurement::Status::decided)
    measurement.judgement = judge_busy_machine(measurement.judgement, measurement.others_load_cores, kata.cores_needed);
  measurement.duration = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
  return measurement;
}

Judgement judge_busy_machine(Judgement judgement, std::optional<double> others_load_cores, int cores_needed) {
  // Several threads of a kata contend only when they run at once: with the cores taken by
  // others, baseline and null copy are slowed alike and the noise gate cannot see it.
  if (cores_needed < 2 || !others_load_cores || *others_load_cores <= kBusyMachineLoad ||
      judgement.outcome != Outcome::not_yet)
    return judgement;
  char load[32];
  std::snprintf(load, sizeof load, "%.1f", *others_load_cores);
  judgement.outcome = Outcome::inconclusive;
  judgement.reason = "the machine was busy: other processes used " + std::string(load) +
                     " cores on average while measuring, and this kata needs " + std::to_string(cores_needed) +
                     " idle cores, so a speedup below the target says nothing yet: retry when the machine is idle";
  return judgement;
}

}  // namespace checker::measure
