// Correctness: the solution must build exactly the baseline's term dictionary -- with both
// workers really running at once on the larger batches, and from zero on every call.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::lock_contention {
namespace {

// Succeeds when the dictionaries are equal; otherwise names the first entry that differs.
::testing::AssertionResult same_dictionary(const std::vector<TermCount>& expected,
                                           const std::vector<TermCount>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  for (std::size_t i = 0; i < std::min(expected.size(), actual.size()); ++i) {
    if (!(expected[i] == actual[i]))
      return ::testing::AssertionFailure()
             << "entry " << i << " differs\n  baseline: \"" << expected[i].term << "\" x "
             << expected[i].count << "\n  solution: \"" << actual[i].term << "\" x "
             << actual[i].count;
  }
  return ::testing::AssertionFailure() << "baseline has " << expected.size()
                                       << " terms, solution " << actual.size();
}

void expect_same_as_baseline(const LogBatch& batch) {
  EXPECT_TRUE(same_dictionary(baseline::count_terms(batch), solution::count_terms(batch)));
}

TEST(LockContention, EmptyBatch) {
  EXPECT_TRUE(solution::count_terms(LogBatch{}).empty());
}

TEST(LockContention, LinesWithoutTerms) {
  expect_same_as_baseline(LogBatch{{"", " ", "-- ,;: //", "\t\n", "==="}});
}

TEST(LockContention, OneLine) {
  // One line: one worker gets nothing to do.
  expect_same_as_baseline(LogBatch{{"INFO cache: miss for key user_42, loading from db"}});
}

TEST(LockContention, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {2u, 3u, 10u, 500u, 4000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_as_baseline(make_batch(size, seed));
    }
  }
}

TEST(LockContention, TokeniserEdgeCases) {
  // Case folding, '_' inside terms, digits, punctuation at both ends, bytes outside ASCII
  // (they separate terms), a term longer than any small-string buffer -- exact counts.
  const std::string long_term(300, 'x');
  const LogBatch batch{{"ERROR Error error", "order_id=7,7", "caf\xc3\xa9 latency=2500ms;",
                        ",,leading and trailing..", long_term + " " + long_term,
                        "_ __ a_b A_B"}};
  const std::vector<TermCount> expected = {
      {"2500ms", 1}, {"7", 2},     {"_", 1},       {"__", 1},   {"a_b", 2},
      {"and", 1},    {"caf", 1},   {"error", 3},   {"latency", 1},
      {"leading", 1}, {"order_id", 1}, {"trailing", 1}, {long_term, 2}};
  EXPECT_TRUE(same_dictionary(expected, baseline::count_terms(batch)));
  EXPECT_TRUE(same_dictionary(expected, solution::count_terms(batch)));
}

TEST(LockContention, OneHotTermInEveryLine) {
  // Both workers bump the same term all the time: not one increment may be lost.
  LogBatch batch;
  for (int i = 0; i < 20000; ++i)
    batch.lines.push_back(i % 2 ? "timeout timeout" : "Timeout upstream=" + std::to_string(i % 7));
  const std::vector<TermCount> result = solution::count_terms(batch);
  EXPECT_TRUE(same_dictionary(baseline::count_terms(batch), result));
  ASSERT_FALSE(result.empty());
  EXPECT_EQ(result.back().term, "upstream");
}

TEST(LockContention, EveryCallStartsFromZero) {
  const LogBatch batch = make_batch(3000, 9);
  const std::vector<TermCount> expected = baseline::count_terms(batch);
  for (int call = 0; call < 3; ++call) {
    SCOPED_TRACE("call " + std::to_string(call + 1) + " on the same batch");
    EXPECT_TRUE(same_dictionary(expected, solution::count_terms(batch)));
  }
  const LogBatch other = make_batch(10, 10);
  EXPECT_TRUE(same_dictionary(baseline::count_terms(other), solution::count_terms(other)));
}

TEST(LockContention, BigBatchWithBothWorkersBusy) {
  // Large enough that the workers run side by side for milliseconds (ThreadSanitizer sees
  // every pair of accesses).
  expect_same_as_baseline(make_batch(20000, 2024));
}

}  // namespace
}  // namespace kata::lock_contention
