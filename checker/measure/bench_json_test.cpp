#include "measure/bench_json.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace checker::measure {
namespace {

// Shaped like Google Benchmark 1.7.1's output for a kata's harness.
const char* kSample = R"({
  "context": {"date": "2026-11-22", "num_cpus": 2, "mhz_per_cpu": 2000, "library_build_type": "debug",
              "load_avg": [0.5, 0.2, 0.1]},
  "benchmarks": [
    {"name": "string-concat/solution/4000/process_time", "run_type": "iteration", "repetitions": 2,
     "repetition_index": 1, "iterations": 49, "real_time": 2809.0, "cpu_time": 1379.4, "time_unit": "us",
     "alloc_bytes_per_call": 479714.0, "allocs_per_call": 2.0},
    {"name": "string-concat/baseline/4000/process_time", "run_type": "iteration", "repetition_index": 0,
     "iterations": 6, "real_time": 46.7, "cpu_time": 46.75, "time_unit": "ms", "allocs_per_call": 8002},
    {"name": "string-concat/solution/4000/process_time", "run_type": "iteration", "repetition_index": 0,
     "error_occurred": true, "error_message": "output differs from the baseline's for the input of seed 7"},
    {"name": "string-concat/baseline/process_time_BigO", "run_type": "aggregate", "aggregate_name": "BigO",
     "cpu_coefficient": 2.69, "real_coefficient": 2.7, "big_o": "N^2", "time_unit": "ns"},
    {"name": "string-concat/baseline/process_time_RMS", "run_type": "aggregate", "aggregate_name": "RMS",
     "rms": 0.04}
  ]
})";

TEST(BenchJson, ReadsSamplesCountersErrorsAndComplexity) {
  const auto report = parse_bench_json(kSample);
  EXPECT_EQ(report.context.cpus, 2);
  EXPECT_EQ(report.context.library_build_type, "debug");
  ASSERT_EQ(report.samples.size(), 3u);
  EXPECT_EQ(report.samples[0].side, "solution");
  EXPECT_EQ(report.samples[0].size, 4000u);
  EXPECT_EQ(report.samples[0].repetition, 1);
  EXPECT_NEAR(report.samples[0].cpu_ms, 1.3794, 1e-9);  // converted from microseconds
  EXPECT_NEAR(report.samples[0].real_ms, 2.809, 1e-9);
  EXPECT_DOUBLE_EQ(report.samples[0].counters.at("allocs_per_call"), 2.0);
  EXPECT_DOUBLE_EQ(report.samples[1].cpu_ms, 46.75);
  ASSERT_TRUE(report.samples[2].error.has_value());
  EXPECT_NE(report.samples[2].error->find("seed 7"), std::string::npos);
  ASSERT_EQ(report.complexity.size(), 1u);
  EXPECT_EQ(report.complexity[0].side, "baseline");
  EXPECT_EQ(report.complexity[0].big_o, "N^2");
  EXPECT_DOUBLE_EQ(report.complexity[0].rms, 0.04);
}

// A solution that allocates nothing: every repetition's alloc_bytes_per_call is 0, and
// Google Benchmark writes the counter's coefficient of variation as NaN (not JSON). Found
// when copy-overuse's alt-views came out INCONCLUSIVE in every kata verify run.
TEST(BenchJson, NonFiniteNumbersFromGoogleBenchmarkAreIgnoredNotFatal) {
  const auto report = parse_bench_json(R"({"context": {"num_cpus": 2, "note": "NaN inf in a string stay"},
    "benchmarks": [
    {"name": "k/solution/10/process_time", "run_type": "iteration", "repetition_index": 0, "iterations": 3,
     "real_time": 1.0, "cpu_time": 1.0, "time_unit": "ms", "alloc_bytes_per_call": 0, "allocs_per_call": -nan,
     "peak_bytes": inf},
    {"name": "k/solution/10/process_time_cv", "run_type": "aggregate", "aggregate_name": "cv",
     "real_time": 0.1, "cpu_time": 0.1, "time_unit": "ms", "alloc_bytes_per_call": NaN, "bytes_per_second": -Infinity}
  ]})");
  ASSERT_EQ(report.samples.size(), 1u);
  EXPECT_DOUBLE_EQ(report.samples[0].counters.at("alloc_bytes_per_call"), 0.0);
  EXPECT_FALSE(report.samples[0].counters.contains("allocs_per_call"));
  EXPECT_FALSE(report.samples[0].counters.contains("peak_bytes"));
}

TEST(BenchJson, RejectsGarbageWithAClearMessage) {
  try {
    parse_bench_json("Running ./bench\n{ not json");
    FAIL();
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("not JSON"), std::string::npos);
  }
  EXPECT_THROW(parse_bench_json(R"({"context": {}, "benchmarks": [{"name": "x/baseline/1", "time_unit": "ms"}]})"),
               std::runtime_error);
  EXPECT_THROW(parse_bench_json(R"({"benchmarks": []})"), std::runtime_error);
}

TEST(BenchJson, UnknownTimeUnitIsAnError) {
  EXPECT_THROW(parse_bench_json(R"({"context": {}, "benchmarks": [{"name": "k/baseline/1", "real_time": 1,
               "cpu_time": 1, "time_unit": "fortnights"}]})"), std::runtime_error);
}

}  // namespace
}  // namespace checker::measure

#include "measure/measurement.hpp"

namespace checker::measure {
namespace {

Samples equal_times(double baseline_ms, double solution_ms) {
  Samples samples;
  for (int i = 0; i < 10; ++i) {
    const double wobble = 1 + 0.01 * (i % 3);
    samples.baseline.push_back(baseline_ms * wobble);
    samples.solution.push_back(solution_ms * wobble);
    samples.null_copy.push_back(baseline_ms * wobble);
  }
  return samples;
}

TEST(MemoryGrowth, BoundedAndNotSlowerPasses) {
  const auto judgement = judge_memory_growth(equal_times(10, 10.5), 4.0, 1.05, 2.5, 1);
  EXPECT_EQ(judgement.outcome, Outcome::pass) << judgement.reason;
  EXPECT_NEAR(judgement.speedup.estimate, 4.0 / 1.05, 1e-9);
}

TEST(MemoryGrowth, StillGrowingIsNotYetWhateverTheTime) {
  const auto judgement = judge_memory_growth(equal_times(10, 5), 4.0, 3.9, 2.5, 1);
  EXPECT_EQ(judgement.outcome, Outcome::not_yet);
  EXPECT_NE(judgement.reason.find("still grows"), std::string::npos) << judgement.reason;
}

TEST(MemoryGrowth, BoundedButMuchSlowerIsNotYet) {
  const auto judgement = judge_memory_growth(equal_times(10, 20), 4.0, 1.0, 2.5, 3);
  EXPECT_EQ(judgement.outcome, Outcome::not_yet);
  EXPECT_NE(judgement.reason.find("slower"), std::string::npos) << judgement.reason;
}

TEST(MemoryGrowth, NoMeasuredPeakIsInconclusive) {
  EXPECT_EQ(judge_memory_growth(equal_times(10, 10), 4.0, 0.0, 2.5, 1).outcome, Outcome::inconclusive);
}

// A peak of zero at L divides into infinity (or NaN when both are zero): that is a missing
// measurement, not an infinitely good fix.
TEST(MemoryGrowth, NonFiniteGrowthIsInconclusive) {
  const double infinity = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(judge_memory_growth(equal_times(10, 10), 4.0, infinity, 2.5, 1).outcome, Outcome::inconclusive);
  EXPECT_EQ(judge_memory_growth(equal_times(10, 10), infinity, 1.0, 2.5, 1).outcome, Outcome::inconclusive);
  EXPECT_EQ(judge_memory_growth(equal_times(10, 10), nan, 1.0, 2.5, 1).outcome, Outcome::inconclusive);
  EXPECT_EQ(judge_memory_growth(equal_times(10, 10), 4.0, nan, 2.5, 1).outcome, Outcome::inconclusive);
}

}  // namespace
}  // namespace checker::measure
