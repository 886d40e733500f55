#pragma once
// Runs a kata's benchmark executable in rounds (baseline, solution and null copy,
// interleaved at random, repeated), pools the costs and applies the verdict rule until it
// decides or the round or time budget is spent.
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "catalogue/kata_spec.hpp"
#include "measure/bench_json.hpp"
#include "measure/verdict_rule.hpp"

namespace checker::measure {

struct MeasurePlan {
  int repetitions_per_round = 10;
  double min_time_seconds = 0.05;  // per repetition (Google Benchmark 1.7.1 takes plain seconds)
  int max_rounds = 3;
  std::chrono::seconds time_cap{40};  // wall time for all rounds together
  std::optional<std::uint64_t> seed;  // fresh when empty
};

// What one side (baseline, solution, null copy) cost, pooled over all rounds.
struct SideCost {
  std::vector<double> costs_ms;  // one per repetition: the kata's metric
  double median_ms = 0;
  double allocations_per_call = 0;
  double allocated_bytes_per_call = 0;
  double peak_bytes = 0;  // most heap bytes live at once during a call
  double bytes_per_second = 0;  // for katas whose bench says how many bytes a call processes
};

struct Measurement {
  enum class Status { decided, broken, failed };
  Status status = Status::failed;
  std::string problem;  // broken/failed: one line, e.g. "the solution crashed: killed by SIGSEGV"
  Judgement judgement{Outcome::inconclusive, {0, 0, 0}, std::nullopt, ""};
  int rounds = 0;
  std::size_t size = 0;
  SideCost baseline, solution, null_copy;
  double baseline_growth = 0, solution_growth = 0;  // memory_growth: peak at 4L / peak at L
  BenchContext context;
  std::chrono::milliseconds duration{};
  std::vector<std::string> command;  // the benchmark command of the last round, for the report
  // Other processes' average load while the rounds ran, in cores (nullopt: not read).
  std::optional<double> others_load_cores;
};

// A kata that needs `cores_needed` idle cores is not judged NOT YET while others took more
// than this much of the machine (in cores, averaged over the measurement): INCONCLUSIVE.
inline constexpr double kBusyMachineLoad = 0.3;

// The memory_growth verdict: `target` is how many times less the solution's peak may grow
// from L to 4L than the baseline's; `time_costs` (CPU time at 4L) must show the solution no
// more than 1.2x slower.
Judgement judge_memory_growth(const Samples& time_costs, double baseline_growth, double solution_growth,
                              double target, int round, const RulePolicy& policy = {});

// A NOT YET of a kata needing `cores_needed` > 1 idle cores becomes INCONCLUSIVE when other
// processes used more than kBusyMachineLoad cores meanwhile; other verdicts stand (a PASS on
// a busy machine is a pass: the load slows the threads, it does not speed them up).
Judgement judge_busy_machine(Judgement judgement, std::optional<double> others_load_cores, int cores_needed);

// Progress callback: called before each round with its number.
using RoundObserver = std::function<void(int round, int max_rounds)>;

// Measures `bench_binary` against `target` at the kata's verdict size: a speedup in the
// kata's metric (CPU time, real time, p99 latency of the tasks a call runs), or for
// memory_growth, how much less the solution's peak memory grows from L to 4L (verdict size
// = 4L), with time no worse than 1.2x the baseline's.
Measurement measure_speedup(const std::filesystem::path& bench_binary,
                            const catalogue::KataSpec& kata, double target,
                            const MeasurePlan& plan, const RoundObserver& observer = {});

}  // namespace checker::measure
