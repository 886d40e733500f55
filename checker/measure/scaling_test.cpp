#include "measure/scaling.hpp"

#include <gtest/gtest.h>

namespace checker::measure {
namespace {

BenchSample sample(const char* side, std::size_t size, double cpu_ms, double real_ms = 0) {
  BenchSample s;
  s.side = side;
  s.size = size;
  s.cpu_ms = cpu_ms;
  s.real_ms = real_ms == 0 ? cpu_ms : real_ms;
  return s;
}

BenchReport quadratic_baseline_linear_solution() {
  BenchReport report;
  for (std::size_t n : {2500u, 5000u, 10000u, 20000u}) {
    const double k = static_cast<double>(n) / 2500.0;
    report.samples.push_back(sample("baseline", n, 1.0 * k * k));
    report.samples.push_back(sample("solution", n, 0.1 * k, 0.4 * k * k));
  }
  report.complexity = {{"baseline", "N^2", 2.7e-6, 0.03}, {"solution", "N", 4e-5, 0.05}};
  return report;
}

TEST(Scaling, FitsAndRatioPerDoublingPerSide) {
  const auto scaling = scaling_from(quadratic_baseline_linear_solution(), catalogue::Metric::cpu_time);
  ASSERT_TRUE(scaling);
  EXPECT_EQ(scaling->baseline.big_o, "N^2");
  EXPECT_EQ(scaling->solution.big_o, "N");
  EXPECT_DOUBLE_EQ(scaling->baseline.rms, 0.03);
  ASSERT_EQ(scaling->baseline.points.size(), 4u);
  EXPECT_NEAR(scaling->baseline.per_doubling, 4.0, 1e-9);
  EXPECT_NEAR(scaling->solution.per_doubling, 2.0, 1e-9);
}

TEST(Scaling, RealTimeKatasUseWallClock) {
  const auto scaling = scaling_from(quadratic_baseline_linear_solution(), catalogue::Metric::real_time);
  ASSERT_TRUE(scaling);
  EXPECT_NEAR(scaling->solution.per_doubling, 4.0, 1e-9);
}

TEST(Scaling, NonDoublingStepsAreNormalisedToOneDoubling) {
  BenchReport report;
  report.samples = {sample("baseline", 1000, 1), sample("baseline", 4000, 16), sample("solution", 1000, 1),
                    sample("solution", 4000, 4)};
  const auto scaling = scaling_from(report, catalogue::Metric::cpu_time);
  ASSERT_TRUE(scaling);
  EXPECT_NEAR(scaling->baseline.per_doubling, 4.0, 1e-9);  // x16 over two doublings
  EXPECT_NEAR(scaling->solution.per_doubling, 2.0, 1e-9);
  EXPECT_TRUE(scaling->solution.big_o.empty());
}

TEST(Scaling, UsesTheMedianOfRepetitionsAndSkipsErrors) {
  BenchReport report = quadratic_baseline_linear_solution();
  report.samples.push_back(sample("baseline", 20000, 1.0));
  report.samples.push_back(sample("baseline", 20000, 900.0));  // outliers either way: the median ignores them
  BenchSample broken = sample("solution", 20000, 1e9);
  broken.error = "output differs";
  report.samples.push_back(broken);
  const auto scaling = scaling_from(report, catalogue::Metric::cpu_time);
  ASSERT_TRUE(scaling);
  EXPECT_NEAR(scaling->baseline.points.back().second, 64.0, 1e-9);
  EXPECT_NEAR(scaling->baseline.per_doubling, 4.0, 1e-9);
  EXPECT_NEAR(scaling->solution.points.back().second, 0.8, 1e-9);
}

TEST(Scaling, NeedsTwoSizesOnBothSides) {
  BenchReport report;
  report.samples = {sample("baseline", 1000, 1), sample("baseline", 2000, 4), sample("solution", 1000, 1)};
  EXPECT_FALSE(scaling_from(report, catalogue::Metric::cpu_time));
  EXPECT_FALSE(scaling_from(BenchReport{}, catalogue::Metric::cpu_time));
}

}  // namespace
}  // namespace checker::measure
