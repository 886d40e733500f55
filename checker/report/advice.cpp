// Sections 4 and 5: commands and code fitted to this kata's binaries and entry function.
// The suite's tests run every command and compile every snippet these functions produce.
#include <fmt/format.h>

#include <algorithm>

#include "report/evidence.hpp"

namespace checker::report {

namespace {

bool has_tool(const Evidence& evidence, const std::string& tool) {
  const auto it = evidence.tools.find(tool);
  return it != evidence.tools.end() && it->second;
}

// Enough calls of the solution for about a second of profile, fewer under valgrind.
int profile_iterations(const Evidence& evidence, double seconds) {
  if (!evidence.speedup || evidence.speedup->solution_ms <= 0) return 3;
  return std::clamp(static_cast<int>(seconds * 1000 / evidence.speedup->solution_ms), 3, 2000);
}

}  // namespace

std::vector<ProfilingStep> profiling_strategy(const catalogue::KataSpec& kata, const Evidence& evidence) {
  const std::string bench = evidence.bench_binary.string();
  const std::string work = evidence.bench_binary.parent_path().string();
  const std::string solution_namespace = kata.cpp_namespace() + "::solution";
  std::vector<ProfilingStep> steps;

  steps.push_back({"Google Benchmark (the kata's harness)",
                   "time per call at every input size, baseline against yours, with the fitted complexity (BigO)",
                   {CommandLine{{}, {bench, "--benchmark_filter=^" + kata.slug + "/(baseline|solution)/",
                                     "--benchmark_repetitions=3", "--benchmark_report_aggregates_only=true"}}},
                   kata.metric == catalogue::Metric::cpu_time
                       ? "times are process CPU time: work moved to other threads still counts"
                       : "times are real (wall-clock) time: keep other programs idle while measuring",
                   true});

  steps.push_back({"perf (sampling)",
                   "which functions of your file take the time, with call stacks",
                   {CommandLine{{}, {"perf", "record", "-e", "cpu-clock", "-g", "-o", work + "/perf.data", bench,
                                     "--kata_run=solution", "--kata_iterations=" + std::to_string(profile_iterations(evidence, 1.0))}},
                    CommandLine{{}, {"perf", "report", "-i", work + "/perf.data", "--stdio", "--no-children",
                                     "--percent-limit=2"}}},
                   "cpu-clock sampling works without hardware counters, which VMs often lack; "
                   "annotate a hot function with `perf annotate -i <perf.data> --stdio -l <function>`",
                   has_tool(evidence, "perf")});
  if (!steps.back().available) steps.back().note = "perf is not installed here (Debian package linux-perf)";

  steps.push_back({"callgrind (deterministic counts)",
                   "instructions and simulated cache misses per line of your file: identical on every run and machine",
                   {CommandLine{{{"GLIBC_TUNABLES", "glibc.cpu.x86_rep_movsb_threshold=4294967295"}},
                                {"valgrind", "--tool=callgrind", "--callgrind-out-file=" + work + "/callgrind.out",
                                 "--toggle-collect=" + solution_namespace + "::*", "--cache-sim=yes",
                                 "--I1=32768,8,64", "--D1=49152,12,64", "--LL=2097152,16,64", bench,
                                 "--kata_run=solution", "--kata_iterations=" + std::to_string(std::min(3, profile_iterations(evidence, 0.2)))}},
                    CommandLine{{}, {"callgrind_annotate", work + "/callgrind.out",
                                     (evidence.staged_kata_dir / "solution.cpp").string()}}},
                   "about 50× slower than native; cache sizes are given explicitly because valgrind mis-detects "
                   "them in VMs, and the GLIBC_TUNABLES setting stops `rep movsb` from counting every byte",
                   has_tool(evidence, "valgrind")});
  if (!steps.back().available) steps.back().note = "valgrind is not installed here (Debian package valgrind)";

  steps.push_back({"objdump (machine code)",
                   "the machine code of your file as measured: vectorised loops, calls left in loops, branches",
                   {CommandLine{{}, {"objdump", "-d", "-C", "-l", "--no-show-raw-insn", evidence.solution_object.string()}}},
                   "the object is the one the verdict measured (same flags, no -march=native)",
                   has_tool(evidence, "objdump")});
  return steps;
}

BenchmarkAdvice benchmark_advice(const catalogue::KataSpec& kata, const Evidence& evidence) {
  std::string sizes;
  for (auto size : kata.sizes) sizes += fmt::format("->Arg({})", size);
  const std::string timer =
      kata.metric == catalogue::Metric::cpu_time ? "->MeasureProcessCPUTime()" : "->UseRealTime()";
  BenchmarkAdvice advice;
  advice.code = fmt::format(R"(// my_bench.cpp: {entry} of the baseline against yours, at the kata's sizes.
#include <benchmark/benchmark.h>

#include "kata.hpp"

namespace k = {ns};

template <class Entry>
void measure(benchmark::State& state, Entry entry) {{
  const std::size_t size = static_cast<std::size_t>(state.range(0));
  const std::uint64_t seed = 42;
  const auto input = k::{input};  // built once, outside the timing
  for (auto _ : state) {{
    auto result = entry(input);
    benchmark::DoNotOptimize(result);
  }}
  state.SetComplexityN(state.range(0));
}}

void BM_baseline(benchmark::State& state) {{
  measure(state, [](const auto& input) {{ return k::baseline::{call}; }});
}}
void BM_solution(benchmark::State& state) {{
  measure(state, [](const auto& input) {{ return k::solution::{call}; }});
}}
BENCHMARK(BM_baseline){sizes}->Complexity(){timer}->Unit(benchmark::kMillisecond);
BENCHMARK(BM_solution){sizes}->Complexity(){timer}->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
)",
                            fmt::arg("entry", kata.entry), fmt::arg("ns", kata.cpp_namespace()),
                            fmt::arg("input", kata.snippet_input), fmt::arg("call", kata.snippet_call),
                            fmt::arg("sizes", sizes), fmt::arg("timer", timer));
  advice.run_command = CommandLine{{}, {evidence.bench_binary.string(),
                                        "--benchmark_filter=^" + kata.slug + "/(baseline|solution)/",
                                        "--benchmark_repetitions=10", "--benchmark_enable_random_interleaving=true",
                                        "--benchmark_report_aggregates_only=true"}};
  if (evidence.speedup) {
    const auto& s = *evidence.speedup;
    advice.expectations = fmt::format(
        "here the baseline takes {:.3f} ms per call at n = {}; the target ({}) means at most {:.3f} ms for yours",
        s.baseline_ms, s.input_size, times_text(s.target), s.baseline_ms / s.target);
    if (s.reference_speedup)
      advice.expectations += fmt::format("; the reference takes about {:.3f} ms", s.baseline_ms / *s.reference_speedup);
  } else {
    advice.expectations = fmt::format("the target is {} faster than the baseline", times_text(kata.target_speedup));
  }
  advice.interpretation =
      "compare medians of interleaved repetitions, never single runs: 10-17% between runs is normal on a "
      "shared or virtual machine. The BigO line is the fitted growth (N^2: doubling the input costs 4×). "
      "In the kata's own benchmark, allocs_per_call counts heap allocations inside the timed call, and the "
      "null rows (the baseline again) show how much two identical programs differ on this machine right now.";
  return advice;
}

std::string times_text(double value) {
  return value >= 10 ? fmt::format("{:.0f}×", value) : fmt::format("{:.2f}×", value);
}

namespace {

// 1234 -> "1,234"; 12345678 -> "12.3M": counts as a reader compares them.
std::string count_text(std::uint64_t count) {
  if (count >= 1'000'000'000ULL) return fmt::format("{:.2f}G", static_cast<double>(count) / 1e9);
  if (count >= 1'000'000ULL) return fmt::format("{:.2f}M", static_cast<double>(count) / 1e6);
  if (count >= 10'000ULL) return fmt::format("{:.1f}k", static_cast<double>(count) / 1e3);
  return std::to_string(count);
}

std::string fewer_text(std::uint64_t before, std::uint64_t after) {
  if (after == 0 || before == 0) return "";
  const double ratio = static_cast<double>(before) / static_cast<double>(after);
  if (ratio > 0.99 && ratio < 1.01) return " (the same)";
  return ratio >= 1 ? fmt::format(" ({} fewer)", times_text(ratio)) : fmt::format(" ({} more)", times_text(1 / ratio));
}

}  // namespace

std::string bandwidth_text(const Bandwidth& b) {
  const double share = b.machine_bytes_per_second > 0 ? b.solution_bytes_per_second / b.machine_bytes_per_second : 0;
  return fmt::format("memory: your call processes {:.1f} GB/s, {:.0f}% of the {:.1f} GB/s one core of this machine reads",
                     b.solution_bytes_per_second / 1e9, 100 * share, b.machine_bytes_per_second / 1e9);
}

std::string deterministic_text(const DeterministicCounts& c) {
  return fmt::format(
      "deterministic (callgrind, n = {}, seed {}): instructions {} → {} per call{}; L1 data misses {} → {}{}; "
      "last-level misses {} → {}{}",
      c.input_size, c.seed, count_text(c.baseline_instructions), count_text(c.solution_instructions),
      fewer_text(c.baseline_instructions, c.solution_instructions), count_text(c.baseline_d1_misses),
      count_text(c.solution_d1_misses), fewer_text(c.baseline_d1_misses, c.solution_d1_misses),
      count_text(c.baseline_ll_misses), count_text(c.solution_ll_misses),
      fewer_text(c.baseline_ll_misses, c.solution_ll_misses));
}

std::string growth_text(const Growth& growth) {
  const std::string big_o = growth.big_o.empty() ? "no clear class" : "O(" + (growth.big_o == "(1)" ? "1" : growth.big_o) + ")";
  return fmt::format("{}, ×{:.1f} per doubling", big_o, growth.per_doubling);
}

}  // namespace checker::report
