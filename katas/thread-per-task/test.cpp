// Correctness: the solution must return exactly the baseline's scores, in the order of
// the transactions, for batches big enough that several threads really run.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::thread_per_task {
namespace {

// Succeeds when the scores are equal bit for bit; otherwise names the first that differs.
::testing::AssertionResult same_scores(const std::vector<float>& expected,
                                       const std::vector<float>& actual) {
  if (expected.size() != actual.size())
    return ::testing::AssertionFailure()
           << "baseline scored " << expected.size() << " transactions, solution "
           << actual.size();
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (std::memcmp(&expected[i], &actual[i], sizeof(float)) != 0) {
      std::ostringstream message;
      message.precision(9);
      message << "transaction " << i << ": baseline " << expected[i] << ", solution "
              << actual[i];
      return ::testing::AssertionFailure() << message.str();
    }
  }
  return ::testing::AssertionSuccess();
}

void expect_same(const ScoringBatch& batch) {
  EXPECT_TRUE(same_scores(baseline::score_batch(batch), solution::score_batch(batch)));
}

TEST(ThreadPerTask, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 17u, 200u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same(make_batch(size, seed));
    }
  }
}

TEST(ThreadPerTask, EmptyBatch) { expect_same(make_batch(0, 5)); }

TEST(ThreadPerTask, BenchmarkSizedBatch) {
  // The verdict's size: many chunks, every worker busy for a while.
  expect_same(make_batch(1024, 77));
}

TEST(ThreadPerTask, SizesAroundChunkBoundaries) {
  // Batches that split unevenly, whatever chunk size or number of workers is used.
  for (std::size_t size : {3u, 7u, 15u, 16u, 33u, 65u, 129u}) {
    SCOPED_TRACE(kata::testing::input_label(11, size));
    expect_same(make_batch(size, 11));
  }
}

TEST(ThreadPerTask, OrderFollowsTheTransactions) {
  // Reversing the batch reverses the scores: each score belongs to its own transaction.
  ScoringBatch batch = make_batch(200, 21);
  const std::vector<float> forward = solution::score_batch(batch);
  std::reverse(batch.transactions.begin(), batch.transactions.end());
  std::vector<float> backward = solution::score_batch(batch);
  std::reverse(backward.begin(), backward.end());
  EXPECT_TRUE(same_scores(forward, backward));
}

TEST(ThreadPerTask, RepeatedAndExtremeTransactions) {
  // The same transaction many times, and features at and beyond the thresholds' range:
  // NaN compares false (goes left), infinities go to the far side.
  ScoringBatch batch = make_batch(40, 3);
  Transaction extreme;
  extreme.features.fill(std::numeric_limits<float>::infinity());
  extreme.features[0] = -std::numeric_limits<float>::infinity();
  extreme.features[1] = std::numeric_limits<float>::quiet_NaN();
  extreme.features[2] = 0.0f;
  extreme.features[3] = -0.0f;
  for (int i = 0; i < 20; ++i) batch.transactions.push_back(batch.transactions[5]);
  for (int i = 0; i < 20; ++i) batch.transactions.push_back(extreme);
  expect_same(batch);
}

TEST(ThreadPerTask, EveryScoreIsTheModelsScore) {
  // Independently of the baseline: result[i] is fraud_score of transaction i.
  const ScoringBatch batch = make_batch(300, 99);
  const std::vector<float> scores = solution::score_batch(batch);
  ASSERT_EQ(scores.size(), batch.transactions.size());
  for (std::size_t i = 0; i < scores.size(); ++i)
    ASSERT_EQ(scores[i], fraud_score(*batch.model, batch.transactions[i])) << "transaction " << i;
}

}  // namespace
}  // namespace kata::thread_per_task
