#include "measure/statistics.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>
#include <limits>
#include <random>
#include <vector>

namespace checker::measure {
namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double nan_value = std::numeric_limits<double>::quiet_NaN();

TEST(Median, OddEvenAndEmpty) {
  EXPECT_DOUBLE_EQ(median(std::vector<double>{3, 1, 2}), 2.0);
  EXPECT_DOUBLE_EQ(median(std::vector<double>{4, 1, 3, 2}), 2.5);
  EXPECT_DOUBLE_EQ(median(std::vector<double>{7}), 7.0);
  EXPECT_TRUE(std::isnan(median(std::vector<double>{})));
}

TEST(AllPositiveFinite, RejectsZeroNegativeNanInfAndEmpty) {
  EXPECT_TRUE(all_positive_finite(std::vector<double>{1, 2, 3}));
  EXPECT_FALSE(all_positive_finite(std::vector<double>{}));
  EXPECT_FALSE(all_positive_finite(std::vector<double>{1, 0, 3}));
  EXPECT_FALSE(all_positive_finite(std::vector<double>{1, -2, 3}));
  EXPECT_FALSE(all_positive_finite(std::vector<double>{1, nan_value}));
  EXPECT_FALSE(all_positive_finite(std::vector<double>{1, infinity}));
}

TEST(StandardNormalQuantile, KnownValues) {
  EXPECT_NEAR(standard_normal_quantile(0.975), 1.959964, 1e-6);
  EXPECT_NEAR(standard_normal_quantile(0.025), -1.959964, 1e-6);
  EXPECT_NEAR(standard_normal_quantile(0.5), 0.0, 1e-12);
  EXPECT_NEAR(standard_normal_quantile(0.995), 2.575829, 1e-6);
  EXPECT_TRUE(std::isnan(standard_normal_quantile(0.0)));
  EXPECT_TRUE(std::isnan(standard_normal_quantile(1.0)));
}

TEST(MannWhitneyCdf, ExactForThreeAgainstThree) {
  // The 20 equally likely rankings of 3+3 values give U counts 1,1,2,3,3,3,3,2,1,1.
  const double expected[] = {1, 2, 4, 7, 10, 13, 16, 18, 19, 20};
  for (std::size_t u = 0; u < 10; ++u) {
    EXPECT_NEAR(mann_whitney_cdf(3, 3, u), expected[u] / 20.0, 1e-12) << "u = " << u;
  }
  EXPECT_DOUBLE_EQ(mann_whitney_cdf(3, 3, 100), 1.0);
}

TEST(MannWhitneyCdf, SymmetricInSampleSizes) {
  for (std::size_t u = 0; u <= 40; ++u) {
    EXPECT_NEAR(mann_whitney_cdf(5, 8, u), mann_whitney_cdf(8, 5, u), 1e-12);
  }
}

TEST(MannWhitneyCdf, NormalApproximationAgreesWithExactNearTheTail) {
  // 60 x 60 is still computed exactly; the normal formula with continuity correction
  // should be within a fraction of a percent there.
  const double pairs = 3600.0;
  const double deviation = std::sqrt(pairs * 121.0 / 12.0);
  for (std::size_t u : {1400u, 1500u, 1600u, 1800u}) {
    const double normal = 0.5 * std::erfc(-((u + 0.5 - pairs / 2) / deviation) / std::sqrt(2.0));
    EXPECT_NEAR(mann_whitney_cdf(60, 60, u), normal, 2e-3) << "u = " << u;
  }
}

TEST(MannWhitneyIntervalRank, MatchesPublishedCriticalValues) {
  // Tables give the two-sided 5% critical U (reject when U <= c); the rank is c + 1.
  EXPECT_EQ(mann_whitney_interval_rank(10, 10, 0.95), 24u);  // c = 23
  EXPECT_EQ(mann_whitney_interval_rank(5, 5, 0.95), 3u);     // c = 2
  EXPECT_EQ(mann_whitney_interval_rank(8, 8, 0.95), 14u);    // c = 13
  EXPECT_EQ(mann_whitney_interval_rank(4, 4, 0.95), 1u);     // c = 0: P(U <= 0) = 1/70
}

TEST(MannWhitneyIntervalRank, ZeroWhenTooFewSamplesForTheConfidence) {
  EXPECT_EQ(mann_whitney_interval_rank(3, 3, 0.95), 0u);  // P(U <= 0) = 1/20 > 2.5%
  EXPECT_EQ(mann_whitney_interval_rank(3, 3, 0.90), 1u);  // exactly 5% is allowed
  EXPECT_EQ(mann_whitney_interval_rank(0, 5, 0.95), 0u);
  EXPECT_EQ(mann_whitney_interval_rank(10, 10, 1.0), 0u);
}

TEST(MannWhitneyIntervalRank, LargeSamplesUseTheNormalApproximation) {
  // 80 x 80 = 6400 pairs: floor(nm/2 + 0.5 - 1.96 * sqrt(nm(n+m+1)/12)).
  const double expected = std::floor(3200.0 + 0.5 - 1.959964 * std::sqrt(6400.0 * 161.0 / 12.0));
  EXPECT_EQ(mann_whitney_interval_rank(80, 80, 0.95), static_cast<std::size_t>(expected));
  // And it continues the exact values smoothly (60 x 60 is exact).
  const auto exact_60 = static_cast<double>(mann_whitney_interval_rank(60, 60, 0.95));
  EXPECT_NEAR(exact_60, std::floor(1800.0 + 0.5 - 1.959964 * std::sqrt(3600.0 * 121.0 / 12.0)), 1.0);
}

TEST(RatioInterval, IdenticalSamplesGiveOne) {
  const std::vector<double> costs{1, 2, 3, 4, 5, 6, 7, 8};
  const auto interval = ratio_interval(costs, costs);
  ASSERT_TRUE(interval);
  EXPECT_NEAR(interval->estimate, 1.0, 1e-12);
  EXPECT_LT(interval->low, 1.0);
  EXPECT_GT(interval->high, 1.0);
}

TEST(RatioInterval, KnownScaleIsRecoveredExactly) {
  std::vector<double> fast{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  std::vector<double> slow;
  for (double cost : fast) slow.push_back(2.0 * cost);
  const auto halved = ratio_interval(fast, slow);
  ASSERT_TRUE(halved);
  EXPECT_NEAR(halved->estimate, 0.5, 1e-12);
  EXPECT_LT(halved->low, 0.5);
  EXPECT_GT(halved->high, 0.5);
  const auto doubled = ratio_interval(slow, fast);
  ASSERT_TRUE(doubled);
  EXPECT_NEAR(doubled->estimate, 2.0, 1e-12);
  EXPECT_NEAR(doubled->low * halved->high, 1.0, 1e-12);  // swapping sides inverts the interval
}

TEST(RatioInterval, HandCheckedThreeByThree) {
  // Ratios 10 * 2^(i-j): {2.5, 5, 5, 10, 10, 10, 20, 20, 40}.
  const std::vector<double> numerator{10, 20, 40};
  const std::vector<double> denominator{1, 2, 4};
  const auto at_90 = ratio_interval(numerator, denominator, 0.90);
  ASSERT_TRUE(at_90);
  EXPECT_NEAR(at_90->estimate, 10.0, 1e-9);
  EXPECT_NEAR(at_90->low, 2.5, 1e-9);  // rank 1: the whole range
  EXPECT_NEAR(at_90->high, 40.0, 1e-9);
  // 95% is out of reach for 3 + 3 samples: the interval is unbounded, not overconfident.
  const auto at_95 = ratio_interval(numerator, denominator, 0.95);
  ASSERT_TRUE(at_95);
  EXPECT_NEAR(at_95->estimate, 10.0, 1e-9);
  EXPECT_EQ(at_95->low, 0.0);
  EXPECT_EQ(at_95->high, infinity);
}

TEST(RatioInterval, ClearSeparationExcludesOne) {
  const std::vector<double> slow{100, 104, 98, 101, 99};
  const std::vector<double> fast{10, 10.5, 9.8, 10.2, 9.9};
  const auto interval = ratio_interval(slow, fast);
  ASSERT_TRUE(interval);
  EXPECT_GT(interval->low, 8.0);
  EXPECT_LT(interval->high, 12.0);
  EXPECT_LE(interval->low, interval->estimate);
  EXPECT_LE(interval->estimate, interval->high);
}

TEST(RatioInterval, OneSidedOutlierBarelyMovesTheEstimate) {
  std::vector<double> baseline{10, 10.1, 9.9, 10.2, 9.8, 10, 10.1, 9.9, 10, 10};
  const std::vector<double> solution{5, 5.05, 4.95, 5.1, 4.9, 5, 5.05, 4.95, 5, 5};
  const double clean = ratio_interval(baseline, solution)->estimate;
  baseline[3] = 30.0;  // stolen hypervisor time on one repetition
  const double polluted = ratio_interval(baseline, solution)->estimate;
  EXPECT_NEAR(polluted / clean, 1.0, 0.01);
}

TEST(RatioInterval, BadInputGivesNullopt) {
  const std::vector<double> good{1, 2, 3};
  EXPECT_FALSE(ratio_interval(std::vector<double>{1, 2}, good));
  EXPECT_FALSE(ratio_interval(good, std::vector<double>{1, 2}));
  EXPECT_FALSE(ratio_interval(good, std::vector<double>{}));
  EXPECT_FALSE(ratio_interval(std::vector<double>{1, 0, 3}, good));
  EXPECT_FALSE(ratio_interval(good, std::vector<double>{1, -2, 3}));
  EXPECT_FALSE(ratio_interval(std::vector<double>{1, nan_value, 3}, good));
  EXPECT_FALSE(ratio_interval(good, std::vector<double>{1, infinity, 3}));
  EXPECT_FALSE(ratio_interval(good, good, 0.0));
  EXPECT_FALSE(ratio_interval(good, good, 1.0));
  EXPECT_FALSE(ratio_interval(good, good, nan_value));
}

TEST(RatioInterval, CoverageOfTheTrueRatioIsAtLeastTheConfidence) {
  // i.i.d. log-normal costs, true ratio 3: the exact Mann–Whitney interval covers it in
  // >= 95% of trials (about 95.7% for 10 + 10, since ranks are discrete).
  std::mt19937_64 generator(20240611);
  std::normal_distribution<double> noise(0.0, 0.15);
  constexpr int trials = 2000;
  int covered = 0;
  std::vector<double> numerator(10), denominator(10);
  for (int trial = 0; trial < trials; ++trial) {
    for (double& cost : numerator) cost = 3.0 * std::exp(noise(generator));
    for (double& cost : denominator) cost = std::exp(noise(generator));
    const auto interval = ratio_interval(numerator, denominator);
    covered += interval->low <= 3.0 && 3.0 <= interval->high;
  }
  const double coverage = static_cast<double>(covered) / trials;
  std::cout << "[ measured ] 95% interval coverage, 10 vs 10 log-normal: " << coverage << "\n";
  EXPECT_GE(coverage, 0.94);
  EXPECT_LE(coverage, 0.975);
}

}  // namespace
}  // namespace checker::measure
