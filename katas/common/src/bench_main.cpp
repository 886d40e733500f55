// main() of every kata's benchmark executable. It reads the kata's settings from its
// kata.json, registers the baseline / solution / null benchmarks and runs Google Benchmark
// with whatever flags the checker passes (repetitions, interleaving, filter, JSON output).
//
// Flags of its own, removed before Google Benchmark sees the rest:
//   --kata_json=PATH        the kata.json to read (default: the one the binary was built for)
//   --kata_seed=N           base seed for inputs (default: random, i.e. fresh per run)
//   --kata_run=SIDE         deterministic mode: no benchmark library, just call SIDE
//   --kata_size=N           (with --kata_run) input size; default: the kata's verdict size
//   --kata_iterations=N     (with --kata_run) number of calls; default 3
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <optional>
#include <thread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kata/bench.hpp"
#include "kata/random.hpp"


namespace kata::harness {
namespace {

struct Registered {
  ErasedBench bench;
  std::string kata_json;
};

std::vector<Registered>& registry() {
  static std::vector<Registered> benches;
  return benches;
}

std::atomic<std::uint64_t> g_seed_base{0};
std::atomic<std::uint64_t> g_seed_counter{0};

struct Settings {
  std::string slug;
  std::vector<std::size_t> sizes;
  std::size_t verdict_size = 0;
  bool real_time = false;
};

Settings load_settings(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open kata.json at '" + path + "'");
  const auto doc = nlohmann::json::parse(in);
  Settings settings;
  settings.slug = doc.at("slug").get<std::string>();
  settings.sizes = doc.at("measure").at("sizes").get<std::vector<std::size_t>>();
  settings.verdict_size = doc.at("measure").at("verdict_size").get<std::size_t>();
  const auto metric = doc.at("target").at("metric").get<std::string>();
  // memory_growth judges CPU time at the larger size (the checker reads cpu_ms), so it is
  // measured like cpu_time: process-wide, so work moved to a helper thread still counts.
  settings.real_time = metric == "real_time" || metric == "p99_latency";
  return settings;
}

std::optional<std::string> take_flag(int& argc, char** argv, std::string_view name) {
  const std::string prefix = "--" + std::string(name) + "=";
  for (int i = 1; i < argc; ++i) {
    std::string_view arg(argv[i]);
    if (arg.starts_with(prefix)) {
      std::string value(arg.substr(prefix.size()));
      for (int j = i; j + 1 < argc; ++j) argv[j] = argv[j + 1];
      --argc;
      return value;
    }
  }
  return std::nullopt;
}

const char* side_name(Side side) {
  switch (side) {
    case Side::baseline: return "baseline";
    case Side::solution: return "solution";
    case Side::null_copy: return "null";
  }
  return "?";
}

std::optional<Side> parse_side(std::string_view name) {
  for (Side side : {Side::baseline, Side::solution, Side::null_copy})
    if (name == side_name(side)) return side;
  return std::nullopt;
}

void register_benchmarks(const Settings& settings, const ErasedBench& bench) {
  for (Side side : {Side::baseline, Side::solution, Side::null_copy}) {
    const std::string name = settings.slug + "/" + side_name(side);
    auto* registered = benchmark::RegisterBenchmark(
        name.c_str(), [&bench, side](benchmark::State& state) {
          bench.measure(state, side, static_cast<std::size_t>(state.range(0)));
        });
    for (std::size_t size : settings.sizes) registered->Arg(static_cast<std::int64_t>(size));
    registered->Unit(benchmark::kMillisecond)->Complexity(benchmark::oAuto);
    if (settings.real_time) {
      registered->UseRealTime();
    } else {
      // Process CPU time: the default per-thread CPU time would miss work moved to
      // another thread and make such a "fix" look many times faster.
      registered->MeasureProcessCPUTime();
    }
  }
}

int run_fixed(const Settings& settings, const ErasedBench& bench, std::string_view side_text,
              std::optional<std::string> size_text, std::optional<std::string> iterations_text) {
  const auto side = parse_side(side_text);
  if (!side) {
    std::fprintf(stderr, "--kata_run takes baseline, solution or null\n");
    return 64;
  }
  const std::size_t size = size_text ? std::stoul(*size_text) : settings.verdict_size;
  const int iterations = iterations_text ? std::stoi(*iterations_text) : 3;
  if (!bench.run_fixed(*side, size, g_seed_base.load(), iterations)) {
    std::fprintf(stderr, "solution output differs from the baseline's\n");
    return 1;
  }
  return 0;
}

}  // namespace

namespace detail {

double percentile(std::vector<double> values, double share) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<std::size_t>(std::ceil(share * static_cast<double>(values.size())));
  return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
}

}  // namespace detail

bool first_repetition(Side side, std::size_t size) {
  static std::set<std::pair<Side, std::size_t>> seen;
  return seen.insert({side, size}).second;
}

namespace {
std::map<std::pair<Side, std::size_t>, AllocationCount>& allocation_counts() {
  static std::map<std::pair<Side, std::size_t>, AllocationCount> counts;
  return counts;
}
}  // namespace

const AllocationCount* counted_allocations(Side side, std::size_t size) {
  const auto found = allocation_counts().find({side, size});
  return found == allocation_counts().end() ? nullptr : &found->second;
}

void store_counted_allocations(Side side, std::size_t size, const AllocationCount& counted) {
  allocation_counts()[{side, size}] = counted;
}

int running_threads() {
  std::error_code error;
  int count = 0;
  for (std::filesystem::directory_iterator it("/proc/self/task", error), end; !error && it != end;
       it.increment(error))
    ++count;
  return count;
}

double children_cpu_seconds() {
  rusage usage{};
  ::getrusage(RUSAGE_CHILDREN, &usage);
  const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::optional<std::string> work_outside_the_clock(int threads_before, double children_before) {
  // A thread that was joined may linger in /proc for a moment after its join returned.
  int threads = running_threads();
  for (int wait = 0; wait < 20 && threads > threads_before; ++wait) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    threads = running_threads();
  }
  if (threads > threads_before)
    return std::to_string(threads - threads_before) +
           " thread(s) still running after the calls returned: work a call hands to a thread must be finished "
           "(the thread joined) before it returns, or the clock charges it to whatever runs next";
  if (const double children = children_cpu_seconds() - children_before; children > 0.001)
    return "child processes used " + std::to_string(static_cast<int>(children * 1000)) +
           " ms of CPU during the calls: work moved to another process is hidden from the clock";
  return std::nullopt;
}

void refuse(const std::string& why) {
  std::fflush(stdout);
  std::fprintf(stderr, "kata benchmark: %s\n", why.c_str());
  std::fflush(stderr);
  std::_Exit(65);
}

bool register_bench(ErasedBench bench, const char* kata_json) {
  registry().push_back({std::move(bench), kata_json});
  return true;
}

std::uint64_t next_seed() {
  return kata::random::derive_seed(g_seed_base.load(std::memory_order_relaxed),
                                   g_seed_counter.fetch_add(1, std::memory_order_relaxed));
}

}  // namespace kata::harness

// Static initialisers (the learner's included) run before main(): the clock cannot see
// work done there, so more than a second of it, or a thread started, is refused.
int refuse_work_before_main() {
  using namespace kata::harness;
  timespec cpu{};
  ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
  const double seconds = static_cast<double>(cpu.tv_sec) + static_cast<double>(cpu.tv_nsec) / 1e9;
  if (seconds > 1.0) {
    std::fprintf(stderr, "kata benchmark: %.1f s of CPU were spent before main() (static initialisation): work "
                 "done before the clock starts is still part of the call\n", seconds);
    return 65;
  }
  if (const int threads = running_threads(); threads > 1) {
    std::fprintf(stderr, "kata benchmark: %d thread(s) were started before main() (static initialisation): work "
                 "they do is hidden from the clock\n", threads - 1);
    return 65;
  }
  return 0;
}

int main(int argc, char** argv) {
  using namespace kata::harness;
  // Deterministic (valgrind) runs start slowly by nature, and count instructions instead.
  const bool deterministic_run = std::any_of(argv + 1, argv + argc, [](const char* arg) {
    return std::string_view(arg).starts_with("--kata_run=");
  });
  if (!deterministic_run)
    if (const int refused = refuse_work_before_main()) return refused;
  const auto json_flag = take_flag(argc, argv, "kata_json");
  const auto seed_text = take_flag(argc, argv, "kata_seed");
  const auto run_side = take_flag(argc, argv, "kata_run");
  const auto size_text = take_flag(argc, argv, "kata_size");
  const auto iterations_text = take_flag(argc, argv, "kata_iterations");
  g_seed_base = seed_text ? std::stoull(*seed_text) : std::random_device{}();

  if (registry().size() != 1) {
    std::fprintf(stderr, "kata benchmark: expected exactly one KATA_BENCHMARK, found %zu\n",
                 registry().size());
    return 64;
  }
  const ErasedBench& bench = registry().front().bench;
  Settings settings;
  try {
    settings = load_settings(json_flag.value_or(registry().front().kata_json));
  } catch (const std::exception& error) {
    std::fprintf(stderr, "kata benchmark: %s\n", error.what());
    return 64;
  }
  if (run_side) return run_fixed(settings, bench, *run_side, size_text, iterations_text);

  register_benchmarks(settings, bench);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 64;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
