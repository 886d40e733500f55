#include "measure/cpu_load.hpp"
#include "measure/measurement.hpp"

#include <gtest/gtest.h>

namespace checker::measure {
namespace {

TEST(CpuLoad, ReadsTheAggregateLineInTicks) {
  const std::string stat =
      "cpu  1000 50 250 8000 100 10 20 30 0 0\n"
      "cpu0 500 25 125 4000 50 5 10 15 0 0\n"
      "intr 12345\n";
  const auto times = parse_proc_stat(stat, 100);
  ASSERT_TRUE(times.has_value());
  EXPECT_DOUBLE_EQ(times->busy_seconds, (1000 + 50 + 250 + 10 + 20 + 30) / 100.0);
  EXPECT_DOUBLE_EQ(times->total_seconds, (1000 + 50 + 250 + 10 + 20 + 30 + 8000 + 100) / 100.0);
}

TEST(CpuLoad, OlderKernelsWithoutStealStillParse) {
  const auto times = parse_proc_stat("cpu  100 0 100 800\n", 100);
  ASSERT_TRUE(times.has_value());
  EXPECT_DOUBLE_EQ(times->busy_seconds, 2.0);
}

TEST(CpuLoad, GarbageIsNoReading) {
  EXPECT_FALSE(parse_proc_stat("", 100).has_value());
  EXPECT_FALSE(parse_proc_stat("cpu0 1 2 3 4\n", 100).has_value());
  EXPECT_FALSE(parse_proc_stat("cpu  x y\n", 100).has_value());
  EXPECT_FALSE(parse_proc_stat("cpu  1 2 3 4\n", 0).has_value());
}

TEST(CpuLoad, TheMeasuredProcessIsNotCountedAsOthers) {
  const CpuTimes before{10.0, 100.0}, after{13.5, 104.0};
  EXPECT_DOUBLE_EQ(others_busy_seconds(before, after, 2.0), 1.5);
  EXPECT_DOUBLE_EQ(others_busy_seconds(before, after, 5.0), 0.0);  // tick rounding never goes negative
}

TEST(CpuLoad, ThisMachineCanBeRead) {
  const auto now = read_cpu_times();
  if (!now) GTEST_SKIP() << "no /proc/stat here";
  EXPECT_GT(now->total_seconds, 0);
  EXPECT_LE(now->busy_seconds, now->total_seconds);
}

TEST(BusyMachine, ANotYetOfAMultiCoreKataOnABusyMachineIsInconclusive) {
  const Judgement not_yet{Outcome::not_yet, {1.1, 0.9, 1.3}, Interval{1.0, 0.95, 1.05}, "below the target"};
  const auto busy = judge_busy_machine(not_yet, 1.2, 2);
  EXPECT_EQ(busy.outcome, Outcome::inconclusive);
  EXPECT_NE(busy.reason.find("1.2 cores"), std::string::npos) << busy.reason;
  EXPECT_NE(busy.reason.find("needs 2 idle cores"), std::string::npos) << busy.reason;
}

TEST(BusyMachine, OtherwiseTheVerdictStands) {
  const Judgement not_yet{Outcome::not_yet, {1.1, 0.9, 1.3}, std::nullopt, "below"};
  const Judgement pass{Outcome::pass, {8, 7, 9}, std::nullopt, "above"};
  EXPECT_EQ(judge_busy_machine(not_yet, 0.1, 2).outcome, Outcome::not_yet);       // idle enough
  EXPECT_EQ(judge_busy_machine(not_yet, 1.5, 1).outcome, Outcome::not_yet);       // one core: the null pair sees load
  EXPECT_EQ(judge_busy_machine(not_yet, std::nullopt, 2).outcome, Outcome::not_yet);  // no reading
  EXPECT_EQ(judge_busy_machine(pass, 1.5, 2).outcome, Outcome::pass);
}

}  // namespace
}  // namespace checker::measure
