#pragma once
// The suite's one benchmark harness. A kata's bench.cpp says how to make an input and how
// to call each side; the harness does the measuring, the same way for every kata:
//
//   KATA_BENCHMARK(kata::harness::Bench<Input, Output>{
//       .make_input = [](std::size_t size, std::uint64_t seed) { return make_input(size, seed); },
//       .baseline = [](const Input& in) { return baseline::entry(in); },
//       .solution = [](const Input& in) { return solution::entry(in); },
//   });
//
// From kata.json (read at start-up) it takes the slug, the input sizes and the metric, and
// registers <slug>/baseline/<size>, <slug>/solution/<size> and <slug>/null/<size> (the
// baseline again: the noise gate). Every timed call gets a freshly generated input (seeds
// are fresh per run), so caching results across calls buys nothing. The solution's output
// is cross-checked against the baseline's in its first run and in a random quarter of the
// others, so a solution cannot know which call is checked. Once per side and size, one
// untimed call is made with allocation counting on (allocs_per_call, alloc_bytes_per_call,
// peak_bytes: exact, so once is enough, reported with every run, and the timed calls pay
// nothing for it); katas whose metric is the latency of tasks inside the
// call report it through `latencies_ms` (p50_ms, p99_ms).
//
// Work done where the clock does not look is refused, with a message the checker shows:
// a thread still running after the timed calls returned (its work would be charged to
// whatever runs next, the baseline included), CPU time spent by child processes during
// the calls (a process's CPU clock does not count its children), and, in main(), threads
// started or more than a second of CPU spent before main() (static initialisation).
#include <benchmark/benchmark.h>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kata/allocation_counter.hpp"

// Deterministic runs (valgrind --tool=callgrind --collect-atstart=no) count exactly the
// calls of the side being run: input generation and the cross-check stay outside.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define KATA_COUNT_TOGGLE() CALLGRIND_TOGGLE_COLLECT
#else
#define KATA_COUNT_TOGGLE() ((void)0)
#endif

namespace kata::harness {

enum class Side { baseline, solution, null_copy };

template <class Input, class Output>
struct Bench {
  std::function<Input(std::size_t size, std::uint64_t seed)> make_input;
  std::function<Output(const Input&)> baseline;
  std::function<Output(const Input&)> solution;
  // Optional: bytes an input represents, for bytes/second on memory-bound katas.
  std::function<std::int64_t(const Input&)> bytes_processed = nullptr;
  // Optional: how to compare outputs when operator== is not the right notion.
  std::function<bool(const Output&, const Output&)> same_output = nullptr;
  // Optional, for the p99_latency metric: the latencies (ms) of the tasks a call ran.
  std::function<std::vector<double>(const Output&)> latencies_ms = nullptr;
};

// The type-erased form the harness library drives.
struct ErasedBench {
  std::function<void(benchmark::State&, Side, std::size_t size)> measure;
  // Runs `iterations` calls with no benchmark library around them: the entry point for
  // deterministic (valgrind) runs. Returns false when the output cross-check failed.
  std::function<bool(Side, std::size_t size, std::uint64_t seed, int iterations)> run_fixed;
};

// Called once, from KATA_BENCHMARK's static initialiser. `kata_json` is the kata.json
// the benchmark was built for (the build passes it as KATA_JSON_FILE).
bool register_bench(ErasedBench bench, const char* kata_json);

// A seed never used before in this process, derived from the run's --kata_seed.
std::uint64_t next_seed();

// True the first time it is called for (side, size) in this process: the run that always
// cross-checks. (Google Benchmark may call a benchmark more than once per repetition, to
// choose its iteration count; the first of those calls counts.)
bool first_repetition(Side side, std::size_t size);

// The allocation counts of one call of (side, size), counted once per process: exact, so
// every reported run repeats them, including the one Google Benchmark keeps.
const AllocationCount* counted_allocations(Side side, std::size_t size);
void store_counted_allocations(Side side, std::size_t size, const AllocationCount& counted);

// The threads of this process now (/proc/self/task), and CPU seconds its waited-for
// children have used so far.
int running_threads();
double children_cpu_seconds();

// Why a side's timed calls did work outside the measured clock, or nothing: threads left
// running after the calls returned (waits briefly for threads that are just ending), or
// child processes that used CPU during them.
std::optional<std::string> work_outside_the_clock(int threads_before, double children_before);

// Ends the benchmark run at once with exit status 65 and "kata benchmark: <why>" on stderr,
// which the checker shows. (Not State::SkipWithError: Google Benchmark 1.7 crashes fitting
// the complexity of a size whose every run was skipped.)
[[noreturn]] void refuse(const std::string& why);

namespace detail {

template <class Input, class Output>
bool same(const Bench<Input, Output>& bench, const Output& expected, const Output& actual) {
  if (bench.same_output) return bench.same_output(expected, actual);
  if constexpr (std::equality_comparable<Output>) {
    return expected == actual;
  } else {
    return false;  // an Output without == needs .same_output: every check then fails loudly
  }
}

// The value below which `share` of `values` lie (nearest rank); 0 when empty.
double percentile(std::vector<double> values, double share);

template <class Input, class Output>
void measure(const Bench<Input, Output>& bench, benchmark::State& state, Side side,
             std::size_t size) {
  const auto& call = side == Side::solution ? bench.solution : bench.baseline;
  std::optional<Input> input;
  std::optional<Input> checked_input;
  std::optional<Output> checked_output;
  std::uint64_t checked_seed = 0;
  std::int64_t bytes = 0;
  const bool first = first_repetition(side, size);
  // Checking costs a baseline call; a random quarter of the later repetitions keeps a
  // solution that is only right when watched from passing.
  bool check = side == Side::solution && (first || next_seed() % 4 == 0);
  const int threads_before = running_threads();
  const double children_before = children_cpu_seconds();

  for (auto _ : state) {
    // Input generation and the previous input's destruction stay outside the timing.
    state.PauseTiming();
    const std::uint64_t seed = next_seed();
    input.reset();
    input.emplace(bench.make_input(size, seed));
    if (bench.bytes_processed) bytes += bench.bytes_processed(*input);
    state.ResumeTiming();

    Output output = call(*input);
    benchmark::DoNotOptimize(output);
    if (check) {
      check = false;
      checked_output.emplace(std::move(output));
      checked_input = std::move(input);
      checked_seed = seed;
      input.reset();
    }
    // `output` is destroyed here, inside the timing: freeing memory is part of the cost.
  }
  input.reset();
  if (const auto problem = work_outside_the_clock(threads_before, children_before)) refuse(*problem);

  if (checked_output) {
    const Output expected = bench.baseline(*checked_input);
    if (!same(bench, expected, *checked_output))
      refuse("output differs from the baseline's for the input of seed " + std::to_string(checked_seed) +
             " (size " + std::to_string(size) + ")");
  }
  if (bench.latencies_ms) {
    const Output output = call(bench.make_input(size, next_seed()));
    const auto latencies = bench.latencies_ms(output);
    state.counters["p50_ms"] = percentile(latencies, 0.50);
    state.counters["p99_ms"] = percentile(latencies, 0.99);
  }
  if (!counted_allocations(side, size)) {
    const Input counted_input = bench.make_input(size, next_seed());
    AllocationWindow window;
    Output output = call(counted_input);
    benchmark::DoNotOptimize(output);
    store_counted_allocations(side, size, window.finish());  // the output is still alive: it is in the peak
  }
  const AllocationCount& counted = *counted_allocations(side, size);
  state.counters["allocs_per_call"] = static_cast<double>(counted.allocations);
  state.counters["alloc_bytes_per_call"] = static_cast<double>(counted.bytes);
  state.counters["peak_bytes"] = static_cast<double>(counted.peak_bytes);
  if (bytes > 0) state.SetBytesProcessed(bytes);
  state.SetComplexityN(static_cast<std::int64_t>(size));
}

template <class Input, class Output>
bool run_fixed(const Bench<Input, Output>& bench, Side side, std::size_t size,
               std::uint64_t seed, int iterations) {
  const auto& call = side == Side::solution ? bench.solution : bench.baseline;
  bool all_same = true;
  for (int i = 0; i < iterations; ++i) {
    const Input input = bench.make_input(size, seed + static_cast<std::uint64_t>(i));
    KATA_COUNT_TOGGLE();
    {
      Output output = call(input);
      benchmark::DoNotOptimize(output);
      if (side == Side::solution && i == 0) {
        KATA_COUNT_TOGGLE();
        all_same = same(bench, bench.baseline(input), output);
        KATA_COUNT_TOGGLE();
      }
    }  // freeing the output is part of the call's cost, as in the timed runs
    KATA_COUNT_TOGGLE();
  }
  return all_same;
}

}  // namespace detail

template <class Input, class Output>
ErasedBench erase(Bench<Input, Output> bench) {
  auto shared = std::make_shared<const Bench<Input, Output>>(std::move(bench));
  return ErasedBench{
      .measure = [shared](benchmark::State& state, Side side,
                          std::size_t size) { detail::measure(*shared, state, side, size); },
      .run_fixed = [shared](Side side, std::size_t size, std::uint64_t seed,
                            int iterations) {
        return detail::run_fixed(*shared, side, size, seed, iterations);
      },
  };
}

}  // namespace kata::harness

#define KATA_HARNESS_CONCAT_INNER(a, b) a##b
#define KATA_HARNESS_CONCAT(a, b) KATA_HARNESS_CONCAT_INNER(a, b)

// Registers the kata's benchmark; use once per bench.cpp, at namespace scope.
#ifndef KATA_JSON_FILE
#define KATA_JSON_FILE ""
#endif
#define KATA_BENCHMARK(...)                                                             \
  [[maybe_unused]] static const bool KATA_HARNESS_CONCAT(kata_registered_, __LINE__) = \
      ::kata::harness::register_bench(::kata::harness::erase(__VA_ARGS__), KATA_JSON_FILE)
