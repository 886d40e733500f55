// Correctness: every feature mean must be exactly the baseline's (bit for bit: the sums are
// specified as accumulated in double, sample 0 first).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::matrix_traversal {
namespace {

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// Succeeds when the means are equal bit for bit; otherwise names the first feature that
// differs.
::testing::AssertionResult same_means(const std::vector<double>& expected,
                                      const std::vector<double>& actual) {
  if (expected.size() != actual.size())
    return ::testing::AssertionFailure() << "baseline returns " << expected.size()
                                         << " means, solution " << actual.size();
  for (std::size_t f = 0; f < expected.size(); ++f) {
    if (!same_bits(expected[f], actual[f])) {
      std::ostringstream message;
      message.precision(17);
      message << "feature " << f << " of " << expected.size() << " differs\n"
              << "  baseline: " << expected[f] << "\n"
              << "  solution: " << actual[f];
      return ::testing::AssertionFailure() << message.str();
    }
  }
  return ::testing::AssertionSuccess();
}

void expect_same_as_baseline(const Batch& batch) {
  EXPECT_TRUE(same_means(baseline::feature_means(batch), solution::feature_means(batch)));
}

Batch batch_of(std::size_t samples, std::size_t features, std::vector<float> values) {
  return Batch{samples, features, std::move(values)};
}

TEST(MatrixTraversal, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    // sizes around multiples of 2, 4, 8 and 16 (vectorised loops' leftovers), and
    // power-of-two sizes too
    for (std::size_t size : {1u, 2u, 3u, 7u, 8u, 9u, 15u, 16u, 17u, 31u, 64u, 100u, 257u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_as_baseline(make_batch(size, seed));
    }
  }
}

TEST(MatrixTraversal, LargeBatch) { expect_same_as_baseline(make_batch(1500, 11)); }

TEST(MatrixTraversal, RectangularBatches) {
  // more samples than features and the other way round: a fix that swaps the two, or
  // assumes a square matrix, reads the wrong values
  for (const auto& [samples, features] : std::vector<std::pair<std::size_t, std::size_t>>{
           {1, 1}, {1, 13}, {13, 1}, {3, 1000}, {1000, 3}, {37, 41}, {41, 37}}) {
    SCOPED_TRACE("samples " + std::to_string(samples) + ", features " + std::to_string(features));
    Batch batch{samples, features, {}};
    batch.values.resize(samples * features);
    for (std::size_t i = 0; i < batch.values.size(); ++i)
      batch.values[i] = static_cast<float>((i * 7919) % 1013) * 0.25f - 50.0f;
    expect_same_as_baseline(batch);
  }
}

TEST(MatrixTraversal, ExactMeans) {
  // 3 samples × 2 features, row-major: feature 0 is 1, 2, 6 and feature 1 is 10, 20, 40
  const Batch batch = batch_of(3, 2, {1.0f, 10.0f, 2.0f, 20.0f, 6.0f, 40.0f});
  const std::vector<double> expected = {3.0, 70.0 / 3.0};
  EXPECT_TRUE(same_means(expected, baseline::feature_means(batch)));
  EXPECT_TRUE(same_means(expected, solution::feature_means(batch)));
}

TEST(MatrixTraversal, NoFeatures) {
  EXPECT_TRUE(solution::feature_means(batch_of(5, 0, {})).empty());
}

TEST(MatrixTraversal, SummationOrderMatters) {
  // Sums of floats of similar size are exact in double, in any order; these are not. Summed
  // sample 0 first, 1 + 1e16 loses the 1 and the column ends at 1; summed in pairs of rows,
  // or bottom up, it ends elsewhere. The spec's order must be kept.
  const Batch column = batch_of(4, 1, {1.0f, 1e16f, -1e16f, 1.0f});
  expect_same_as_baseline(column);
  // and across many features and samples: random signs, magnitudes from 2^-30 to 2^40
  kata::random::Rng rng(5);
  Batch mixed{257, 19, {}};
  for (std::size_t i = 0; i < 257 * 19; ++i) {
    const double magnitude = std::ldexp(1.0 + rng.unit(), static_cast<int>(rng.between(-30, 40)));
    mixed.values.push_back(static_cast<float>(rng.chance(0.5) ? magnitude : -magnitude));
  }
  expect_same_as_baseline(mixed);
}

TEST(MatrixTraversal, ExtremeValues) {
  // infinities and the largest floats: overflow to infinity and inf - inf = NaN must come out
  // as the baseline's (NaN is compared bit for bit too)
  const float big = std::numeric_limits<float>::max();
  const float inf = std::numeric_limits<float>::infinity();
  const Batch batch = batch_of(2, 4, {big, inf, -0.0f, 1e-45f, big, -inf, -0.0f, 1e-45f});
  expect_same_as_baseline(batch);
}

}  // namespace
}  // namespace kata::matrix_traversal
