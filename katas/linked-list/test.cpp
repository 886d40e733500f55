// Correctness: the solution must publish exactly the baseline's depth feed.
#include <gtest/gtest.h>

#include <limits>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::linked_list {
namespace {

constexpr std::uint16_t kBest = kLevels - 1;

// Succeeds when the feeds are equal; otherwise names the first snapshot and level that differ.
::testing::AssertionResult same_feed(const std::vector<std::uint64_t>& expected,
                                     const std::vector<std::uint64_t>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t index = 0;
  while (index < expected.size() && index < actual.size() && expected[index] == actual[index])
    ++index;
  const auto at = [index](const std::vector<std::uint64_t>& feed) {
    return index < feed.size() ? std::to_string(feed[index]) : std::string("(end of feed)");
  };
  std::ostringstream message;
  message << "depth feeds differ at snapshot " << index / kLevels << ", level "
          << kLevels - 1 - index % kLevels << " (value " << index << ")\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  lengths:  baseline " << expected.size() << ", solution " << actual.size()
          << " (" << expected.size() / kLevels << " and " << actual.size() / kLevels
          << " snapshots)";
  return ::testing::AssertionFailure() << message.str();
}

::testing::AssertionResult matches_baseline(const FeedSlice& slice) {
  return same_feed(baseline::publish_depth(slice), solution::publish_depth(slice));
}

Event add(std::uint64_t id, std::uint16_t level, std::uint32_t quantity) {
  return Event{EventKind::add, level, quantity, id};
}
Event cancel(std::uint64_t id, std::uint16_t level) { return Event{EventKind::cancel, level, 0, id}; }
Event trade(std::uint32_t quantity) { return Event{EventKind::trade, 0, quantity, 0}; }
Event snapshot() { return Event{EventKind::snapshot, 0, 0, 0}; }

// One snapshot's expected values: all levels empty except the given ones.
std::vector<std::uint64_t> depth(std::initializer_list<std::pair<std::uint16_t, std::uint64_t>> levels) {
  std::vector<std::uint64_t> totals(kLevels, 0);
  for (const auto& [level, total] : levels) totals[kLevels - 1 - level] = total;
  return totals;
}

std::vector<std::uint64_t> concat(std::initializer_list<std::vector<std::uint64_t>> snapshots) {
  std::vector<std::uint64_t> feed;
  for (const auto& one : snapshots) feed.insert(feed.end(), one.begin(), one.end());
  return feed;
}

TEST(LinkedList, MatchesBaselineOnGeneratedSlices) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {0u, 1u, 2u, 3u, 17u, 500u, 4000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(matches_baseline(make_feed_slice(size, seed)));
    }
  }
}

TEST(LinkedList, EmptySlicePublishesNothing) {
  EXPECT_TRUE(matches_baseline(FeedSlice{}));
  EXPECT_TRUE(solution::publish_depth(FeedSlice{}).empty());
}

TEST(LinkedList, SnapshotOfAnEmptyBook) {
  const FeedSlice slice{{}, {snapshot(), snapshot()}};
  EXPECT_TRUE(matches_baseline(slice));
  EXPECT_TRUE(same_feed(concat({depth({}), depth({})}), solution::publish_depth(slice)));
}

TEST(LinkedList, RestingOrdersOnTheLowestAndBestLevels) {
  const FeedSlice slice{{{1, 10, 0}, {2, 20, kBest}, {3, 5, 0}, {4, 7, 31}}, {snapshot()}};
  EXPECT_TRUE(matches_baseline(slice));
  EXPECT_TRUE(same_feed(depth({{0, 15}, {kBest, 20}, {31, 7}}), solution::publish_depth(slice)));
}

TEST(LinkedList, CancelsFromTheMiddleAndUnknownIds) {
  const FeedSlice slice{{{1, 10, 5}, {2, 20, 5}, {3, 30, 5}},
                        {cancel(2, 5), snapshot(), cancel(2, 5), cancel(99, 5), cancel(1, 6),
                         snapshot(), cancel(1, 5), cancel(3, 5), snapshot()}};
  EXPECT_TRUE(matches_baseline(slice));
  EXPECT_TRUE(same_feed(concat({depth({{5, 40}}), depth({{5, 40}}), depth({})}),
                        solution::publish_depth(slice)));
}

TEST(LinkedList, TradesFillTheBestLevelOldestFirst) {
  // Level 9: A(10) B(20) C(30) in time priority; level 4: D(50).
  const FeedSlice slice{{{1, 10, 9}, {2, 20, 9}, {4, 50, 4}},
                        {add(3, 9, 30), cancel(2, 9), trade(15), snapshot(),  // A filled, C 25 left
                         cancel(1, 9),                                        // A already filled
                         trade(40), snapshot(),                               // C filled, D 35 left
                         add(5, 9, 8), trade(1), snapshot()}};                // the new best level first
  EXPECT_TRUE(matches_baseline(slice));
  EXPECT_TRUE(same_feed(concat({depth({{9, 25}, {4, 50}}), depth({{4, 35}}), depth({{9, 7}, {4, 35}})}),
                        solution::publish_depth(slice)));
}

TEST(LinkedList, TradeLargerThanTheBookEmptiesIt) {
  const FeedSlice slice{{{1, 10, 3}, {2, 20, 60}, {3, 30, 0}},
                        {trade(1000), snapshot(), add(4, 2, 5), snapshot(), trade(0), snapshot()}};
  EXPECT_TRUE(matches_baseline(slice));
  EXPECT_TRUE(same_feed(concat({depth({}), depth({{2, 5}}), depth({{2, 5}})}),
                        solution::publish_depth(slice)));
}

TEST(LinkedList, TradeOnAnEmptyBook) {
  EXPECT_TRUE(matches_baseline(FeedSlice{{}, {trade(500), snapshot(), trade(1)}}));
}

TEST(LinkedList, LargeQuantities) {
  constexpr std::uint32_t kMax = std::numeric_limits<std::uint32_t>::max();
  FeedSlice slice;
  for (std::uint64_t id = 1; id <= 1000; ++id) slice.resting.push_back(Order{id, kMax, kBest});
  slice.events = {snapshot(), trade(kMax), trade(kMax - 1), snapshot()};
  EXPECT_TRUE(matches_baseline(slice));
  EXPECT_EQ(solution::publish_depth(slice)[0], 1000ull * kMax);
}

TEST(LinkedList, ManyOrdersOnOneLevelCancelledInRandomOrder) {
  FeedSlice slice = make_feed_slice(0, 7);
  kata::random::Rng rng(7);
  std::vector<std::uint64_t> ids;
  for (std::uint64_t id = 1; id <= 3000; ++id) {
    slice.resting.push_back(Order{id, static_cast<std::uint32_t>(rng.between(1, 500)), 17});
    ids.push_back(id);
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::size_t pick = i + static_cast<std::size_t>(rng.next() % (ids.size() - i));
    std::swap(ids[i], ids[pick]);
    slice.events.push_back(cancel(ids[i], 17));
    if (i % 100 == 0) slice.events.push_back(trade(static_cast<std::uint32_t>(rng.between(1, 900))));
    if (i % 250 == 0) slice.events.push_back(snapshot());
  }
  slice.events.push_back(snapshot());
  EXPECT_TRUE(matches_baseline(slice));
}

}  // namespace
}  // namespace kata::linked_list
