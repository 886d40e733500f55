// Correctness: the solution must attribute every request exactly as the baseline does.
#include <gtest/gtest.h>

#include <functional>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::read_mostly_map {
namespace {

constexpr std::uint32_t kTop = 0xFFFF'FFFFu;

// Succeeds when the tallies are equal; otherwise names the first country that differs.
::testing::AssertionResult same_tally(const CountryTally& expected, const CountryTally& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::ostringstream message;
  if (expected.requests.size() != actual.requests.size()) {
    message << "tallies have " << expected.requests.size() << " countries (baseline) and "
            << actual.requests.size() << " (solution)";
  } else if (expected.unallocated != actual.unallocated) {
    message << "unallocated requests differ: baseline " << expected.unallocated << ", solution "
            << actual.unallocated;
  } else {
    for (std::size_t country = 0; country < expected.requests.size(); ++country) {
      if (expected.requests[country] != actual.requests[country]) {
        message << "requests of country " << country << " differ: baseline "
                << expected.requests[country] << ", solution " << actual.requests[country];
        break;
      }
    }
  }
  return ::testing::AssertionFailure() << message.str();
}

::testing::AssertionResult matches_baseline(const GeoBatch& batch) {
  return same_tally(baseline::count_by_country(batch), solution::count_by_country(batch));
}

CountryTally tally_of(std::initializer_list<std::pair<std::size_t, std::uint64_t>> counts,
                      std::uint64_t unallocated) {
  CountryTally tally;
  tally.requests.assign(kCountries, 0);
  for (const auto& [country, count] : counts) tally.requests[country] = count;
  tally.unallocated = unallocated;
  return tally;
}

TEST(ReadMostlyMap, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 3u, 17u, 500u, 5000u, 40000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(matches_baseline(make_geo_batch(size, seed)));
    }
  }
}

TEST(ReadMostlyMap, EveryClientOfAGeneratedBatchIsCounted) {
  const GeoBatch batch = make_geo_batch(2000, 42);
  const CountryTally tally = solution::count_by_country(batch);
  ASSERT_EQ(tally.requests.size(), kCountries);
  std::uint64_t total = tally.unallocated;
  for (const std::uint64_t count : tally.requests) total += count;
  EXPECT_EQ(total, batch.clients.size());
}

TEST(ReadMostlyMap, EmptyBatch) {
  EXPECT_TRUE(matches_baseline(GeoBatch{}));
  EXPECT_TRUE(same_tally(tally_of({}, 0), solution::count_by_country(GeoBatch{})));
}

TEST(ReadMostlyMap, EmptyFeedLeavesEveryClientUnallocated) {
  const GeoBatch batch{{}, {0u, 1u, 0x0A00'0001u, kTop, kTop}};
  EXPECT_TRUE(matches_baseline(batch));
  EXPECT_TRUE(same_tally(tally_of({}, 5), solution::count_by_country(batch)));
}

TEST(ReadMostlyMap, NoClients) {
  GeoBatch batch = make_geo_batch(300, 7);
  batch.clients.clear();
  EXPECT_TRUE(matches_baseline(batch));
}

TEST(ReadMostlyMap, OneRowCoveringEverything) {
  const GeoBatch batch{{{0u, kTop, 249}}, {0u, 1u, 0x7FFF'FFFFu, kTop - 1, kTop}};
  EXPECT_TRUE(matches_baseline(batch));
  EXPECT_TRUE(same_tally(tally_of({{249, 5}}, 0), solution::count_by_country(batch)));
}

TEST(ReadMostlyMap, RowBoundariesAndGaps) {
  // Rows: [10, 19] -> 1, [20, 20] -> 2 (one address, adjacent), gap 21..29, [30, 39] -> 3,
  // gap 40..kTop-1, [kTop, kTop] -> 4.
  const std::vector<IpRange> rows = {{10, 19, 1}, {20, 20, 2}, {30, 39, 3}, {kTop, kTop, 4}};
  const std::vector<std::uint32_t> clients = {0,  9,  10, 11, 19, 20, 21, 29, 30,
                                              39, 40, 41, 1000, kTop - 1, kTop};
  const GeoBatch batch{rows, clients};
  EXPECT_TRUE(matches_baseline(batch));
  EXPECT_TRUE(same_tally(tally_of({{1, 3}, {2, 1}, {3, 2}, {4, 1}}, 8),
                         solution::count_by_country(batch)));
}

TEST(ReadMostlyMap, RowsStartingAtZero) {
  const GeoBatch batch{{{0, 0, 5}, {1, 255, 6}}, {0, 0, 1, 255, 256}};
  EXPECT_TRUE(matches_baseline(batch));
  EXPECT_TRUE(same_tally(tally_of({{5, 2}, {6, 2}}, 1), solution::count_by_country(batch)));
}

TEST(ReadMostlyMap, EveryBoundaryOfAGeneratedFeed) {
  GeoBatch batch = make_geo_batch(1000, 2024);
  batch.clients.clear();
  for (const IpRange& row : batch.ranges) {
    for (const std::uint32_t address : {row.first - 1, row.first, row.first + 1, row.last - 1,
                                        row.last, row.last + 1})
      batch.clients.push_back(address);
  }
  EXPECT_TRUE(matches_baseline(batch));
}

TEST(ReadMostlyMap, SameClientRepeated) {
  GeoBatch batch = make_geo_batch(500, 3);
  const std::uint32_t client = batch.ranges[250].first + 1;
  batch.clients.assign(10000, client);
  EXPECT_TRUE(matches_baseline(batch));
  EXPECT_EQ(solution::count_by_country(batch).requests[batch.ranges[250].country], 10000u);
}

TEST(ReadMostlyMap, ClientsInDescendingOrder) {
  GeoBatch batch = make_geo_batch(3000, 1);
  std::sort(batch.clients.begin(), batch.clients.end(), std::greater<>());
  EXPECT_TRUE(matches_baseline(batch));
}

}  // namespace
}  // namespace kata::read_mostly_map
