// Correctness: the solution must route every request with one consistent version of the
// rollout table -- connection 0's requests exactly with the changes applied before them,
// the other connections' with versions that never go backwards. Which version another
// connection sees depends on how the threads interleave, so those connections are judged
// by kata.hpp's routing_problem rather than compared with the baseline entry by entry.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::read_mostly_lock {
namespace {

// Succeeds when `log` is a correct answer for `traffic`; otherwise says what is wrong.
::testing::AssertionResult routes_correctly(const Traffic& traffic, const RoutingLog& log) {
  const std::string problem = routing_problem(traffic, log);
  if (problem.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << problem;
}

// Serves `traffic` with the solution and checks the log; connection 0 (and every
// connection when nothing changes) is deterministic, so it must equal the baseline's.
void expect_served_correctly(const Traffic& traffic) {
  const RoutingLog expected = baseline::serve(traffic);
  ASSERT_TRUE(routes_correctly(traffic, expected)) << "(the baseline itself)";
  const RoutingLog actual = solution::serve(traffic);
  ASSERT_TRUE(routes_correctly(traffic, actual));
  if (!traffic.connections.empty()) {
    EXPECT_EQ(expected.connections[0], actual.connections[0]);
  }
  if (traffic.changes.empty()) {
    EXPECT_EQ(expected, actual);
  }
}

Traffic hand_made(std::vector<std::vector<Request>> connections,
                  std::vector<RolloutChange> changes) {
  Traffic traffic = make_traffic(0, 5, connections.size());
  traffic.connections = std::move(connections);
  traffic.changes = std::move(changes);
  return traffic;
}

TEST(ReadMostlyLock, MatchesBaselineOnGeneratedTraffic) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 1'000u, 20'000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      // A change every 50 requests: many versions, so the other connection sees several.
      expect_served_correctly(make_traffic(size, seed, 2, 50));
    }
  }
}

TEST(ReadMostlyLock, BenchmarkShapedTraffic) {
  // The benchmark's shape (one change per 10,000 requests), at a size where both handler
  // threads run for a while at the same time.
  expect_served_correctly(make_traffic(100'000, 77));
}

TEST(ReadMostlyLock, ManyChangesWhileTheOtherConnectionReads) {
  // A change every 20 requests on connection 0 while connection 1 routes 50,000 requests:
  // its versions must never go backwards and every pool must match the version it reports.
  expect_served_correctly(make_traffic(100'000, 3, 2, 20));
}

TEST(ReadMostlyLock, NoChangesIsFullyDeterministic) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    SCOPED_TRACE(kata::testing::input_label(seed, 30'000));
    Traffic traffic = make_traffic(30'000, seed);
    traffic.changes.clear();
    expect_served_correctly(traffic);
  }
}

TEST(ReadMostlyLock, OneConnection) {
  // One handler thread: no interleaving, the whole log is exact.
  const Traffic traffic = make_traffic(25'000, 11, 1, 100);
  EXPECT_EQ(baseline::serve(traffic), solution::serve(traffic));
}

TEST(ReadMostlyLock, FourConnections) {
  expect_served_correctly(make_traffic(40'000, 13, 4, 200));
}

TEST(ReadMostlyLock, EmptyTrafficAndEmptyConnections) {
  expect_served_correctly(make_traffic(0, 1));
  // Connection 1 has nothing to do; connection 0 still applies its changes.
  expect_served_correctly(
      hand_made({{{3, 10}, {3, 9999}, {4, 0}}, {}},
                {RolloutChange{1, 3, Rollout{7, 8, 10000}}}));
  // Connection 0 has no requests (and therefore no changes).
  expect_served_correctly(hand_made({{}, {{0, 0}, {63, 5000}}}, {}));
}

TEST(ReadMostlyLock, ChangeBeforeTheFirstRequestAndBackToBack) {
  // Changes at requests 0, 1 and 2 of connection 0, each to the service it asks for next:
  // a handler that applies a change must route its next request with it.
  const std::vector<Request> ops = {{5, 100}, {5, 100}, {5, 100}, {5, 100}, {6, 0}};
  const Traffic traffic = hand_made(
      {ops, {{5, 100}, {5, 0}, {6, 9999}}},
      {RolloutChange{0, 5, Rollout{1, 2, 10000}}, RolloutChange{1, 5, Rollout{3, 4, 0}},
       RolloutChange{2, 5, Rollout{9, 10, 101}}, RolloutChange{4, 6, Rollout{11, 12, 1}}});
  expect_served_correctly(traffic);
  const RoutingLog log = solution::serve(traffic);
  const std::vector<Routed> expected = {{1, 2}, {2, 3}, {3, 10}, {3, 10}, {4, 12}};
  EXPECT_EQ(log.connections[0], expected);
}

TEST(ReadMostlyLock, ChangeThatLeavesTheTableAsItWasStillCounts) {
  // A change that sets a rollout to what it already is is still a new version.
  Traffic traffic = make_traffic(2'000, 21, 2, 1'000'000);
  traffic.changes = {RolloutChange{10, 0, traffic.initial[0]},
                     RolloutChange{11, 1, traffic.initial[1]}};
  expect_served_correctly(traffic);
  const RoutingLog log = solution::serve(traffic);
  EXPECT_EQ(log.connections[0][9].version, 0u);
  EXPECT_EQ(log.connections[0][10].version, 1u);
  EXPECT_EQ(log.connections[0].back().version, 2u);
}

TEST(ReadMostlyLock, CanaryEdges) {
  // Bucket == canary_per_10k goes to the stable pool; 0 sends nobody to the canary and
  // 10000 sends everybody.
  const Traffic traffic = hand_made(
      {{{0, 0}, {0, 9999}, {1, 2499}, {1, 2500}, {2, 0}, {2, 9999}}, {{1, 2500}, {1, 2499}}},
      {});
  Traffic fixed = traffic;
  fixed.initial[0] = Rollout{1, 2, 0};
  fixed.initial[1] = Rollout{3, 4, 2500};
  fixed.initial[2] = Rollout{5, 6, 10000};
  expect_served_correctly(fixed);
  const RoutingLog log = solution::serve(fixed);
  const std::vector<Routed> first = {{0, 1}, {0, 1}, {0, 4}, {0, 3}, {0, 6}, {0, 6}};
  const std::vector<Routed> second = {{0, 3}, {0, 4}};
  EXPECT_EQ(log.connections[0], first);
  EXPECT_EQ(log.connections[1], second);
}

}  // namespace
}  // namespace kata::read_mostly_lock
