// Correctness: the solution must return exactly the baseline's per-series rows, in order.
#include <gtest/gtest.h>

#include <limits>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::string_keys {
namespace {

std::string describe(const SeriesSummary& row) {
  std::ostringstream text;
  text << "{\"" << row.name << "\", count " << row.count << ", sum " << row.sum << ", min "
       << row.min << ", max " << row.max << "}";
  return text.str();
}

// Succeeds when the summaries are equal; otherwise names the first row that differs.
::testing::AssertionResult same_rows(const std::vector<SeriesSummary>& expected,
                                     const std::vector<SeriesSummary>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t index = 0;
  while (index < expected.size() && index < actual.size() && expected[index] == actual[index])
    ++index;
  const auto at = [index](const std::vector<SeriesSummary>& rows) {
    return index < rows.size() ? describe(rows[index]) : std::string("(no such row)");
  };
  std::ostringstream message;
  message << "summaries differ at row " << index << "\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  rows:     baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

void expect_same(const PointBatch& batch) {
  EXPECT_TRUE(same_rows(baseline::aggregate(batch), solution::aggregate(batch)));
}

TEST(StringKeys, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 17u, 1000u, 100000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same(make_batch(size, seed));
    }
  }
}

TEST(StringKeys, EmptyBatches) {
  expect_same(PointBatch{});
  EXPECT_TRUE(solution::aggregate(PointBatch{}).empty());
  // Symbols that no point refers to produce no row.
  const PointBatch unused{{"checkout.http.server.duration_us", "api.db.client.query_us"}, {}};
  expect_same(unused);
  EXPECT_TRUE(solution::aggregate(unused).empty());
}

TEST(StringKeys, OnePoint) {
  expect_same({{"payments.rpc.client.retries_total"}, {{0, 3}}});
  expect_same({{"a.symbol.nobody.uses.at.all", "payments.rpc.client.retries_total"}, {{1, -7}}});
}

TEST(StringKeys, TheSameNameUnderSeveralRefsIsOneSeries) {
  // Three producers report the same series; one name appears twice in the same table.
  const PointBatch batch{{"search.http.server.duration_us", "cart.queue.consumer.lag",
                          "cart.queue.consumer.lag", "search.http.server.duration_us",
                          "unused.symbol.of.producer.two", "search.http.server.duration_us"},
                         {{0, 10}, {1, 5}, {3, 30}, {2, 7}, {5, 20}, {0, 40}, {3, 1}}};
  expect_same(batch);
  const auto rows = solution::aggregate(batch);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (SeriesSummary{"cart.queue.consumer.lag", 2, 12, 5, 7}));
  EXPECT_EQ(rows[1], (SeriesSummary{"search.http.server.duration_us", 5, 101, 1, 40}));
}

TEST(StringKeys, NamesAreComparedExactly) {
  // Case, a trailing space, a shared long prefix, an embedded NUL, short names that fit in
  // the small-string buffer and the empty name are all different series.
  const std::string prefix(200, 'p');
  const PointBatch batch{{"api.cache.lookup.hits_total", "API.cache.lookup.hits_total",
                          "api.cache.lookup.hits_total ", prefix + "a", prefix + "b",
                          std::string("api.cache\0lookup", 16),
                          std::string("api.cache\0lookuq", 16),
                          "q", "", "api.cache.lookup.hits_total"},
                         {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}, {7, 8},
                          {8, 9}, {9, 10}, {8, 11}, {3, 12}}};
  expect_same(batch);
}

TEST(StringKeys, ExtremeValues) {
  constexpr std::int64_t low = std::numeric_limits<std::int64_t>::min() / 4;
  constexpr std::int64_t high = std::numeric_limits<std::int64_t>::max() / 4;
  expect_same({{"inventory.disk.io.write_bytes", "inventory.disk.io.read_bytes"},
               {{0, high}, {0, low}, {0, 0}, {1, -1}, {1, -1}, {0, high}, {1, low}}});
}

TEST(StringKeys, OneBusySeries) {
  PointBatch batch{{"billing.runtime.gc.pause_us", "billing.runtime.heap.used_bytes"}, {}};
  for (std::int64_t i = 0; i < 200000; ++i) batch.points.push_back({0, (i * 7919) % 100003});
  batch.points.push_back({1, 42});
  expect_same(batch);
}

TEST(StringKeys, EveryVocabularyNameOnce) {
  PointBatch batch{series_vocabulary(), {}};
  for (std::uint32_t ref = 0; ref < batch.symbols.size(); ++ref)
    batch.points.push_back({ref, static_cast<std::int64_t>(ref) * 3 - 100});
  expect_same(batch);
  EXPECT_EQ(solution::aggregate(batch).size(), series_vocabulary().size());
}

}  // namespace
}  // namespace kata::string_keys
