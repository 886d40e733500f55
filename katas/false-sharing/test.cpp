// Correctness: the solution must count every receive queue exactly as the baseline does --
// with one worker per queue really running at once on the larger captures -- and must start
// from zero on every call.
#include <gtest/gtest.h>

#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::false_sharing {
namespace {

std::string describe(const QueueStats& s) {
  std::ostringstream out;
  out << "{packets " << s.packets << ", bytes " << s.bytes << ", tcp " << s.tcp << ", udp "
      << s.udp << ", icmp " << s.icmp << ", other " << s.other << ", dropped " << s.dropped
      << "}";
  return out.str();
}

// Succeeds when the per-queue statistics are equal; otherwise names the first queue that
// differs.
::testing::AssertionResult same_stats(const std::vector<QueueStats>& expected,
                                      const std::vector<QueueStats>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  if (expected.size() != actual.size())
    return ::testing::AssertionFailure() << "baseline reports " << expected.size()
                                         << " queues, solution " << actual.size();
  for (std::size_t q = 0; q < expected.size(); ++q) {
    if (!(expected[q] == actual[q]))
      return ::testing::AssertionFailure()
             << "queue " << q << " differs\n  baseline: " << describe(expected[q])
             << "\n  solution: " << describe(actual[q]);
  }
  return ::testing::AssertionFailure() << "unreachable";
}

void expect_same_as_baseline(const Capture& capture) {
  EXPECT_TRUE(same_stats(baseline::count_traffic(capture), solution::count_traffic(capture)));
}

Packet packet(std::uint8_t protocol, std::uint16_t length, std::uint16_t dst_port = 443,
              std::uint8_t tcp_flags = 0x10) {
  Packet p;
  p.src_ip = 0x0a000001;
  p.dst_ip = 0xc0a80001;
  p.src_port = 40000;
  p.dst_port = dst_port;
  p.length = length;
  p.protocol = protocol;
  p.tcp_flags = tcp_flags;
  return p;
}

TEST(FalseSharing, NoQueues) {
  EXPECT_TRUE(solution::count_traffic(Capture{}).empty());
}

TEST(FalseSharing, MatchesBaselineOnGeneratedCaptures) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {0u, 1u, 7u, 1000u, 60000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_as_baseline(make_capture(size, seed));
    }
  }
}

TEST(FalseSharing, OneToEightQueues) {
  // One worker per queue: from a single worker to the NIC's maximum of eight at once.
  for (std::size_t queues : {std::size_t{1}, std::size_t{3}, std::size_t{4}, kMaxQueues}) {
    SCOPED_TRACE("queues: " + std::to_string(queues));
    expect_same_as_baseline(make_capture(40000, 77, queues));
  }
}

TEST(FalseSharing, TooManyQueuesIsRejected) {
  const Capture capture = make_capture(100, 5, kMaxQueues + 1);
  EXPECT_THROW(baseline::count_traffic(capture), std::invalid_argument);
  EXPECT_THROW(solution::count_traffic(capture), std::invalid_argument);
}

TEST(FalseSharing, EmptyAndUnevenQueues) {
  Capture capture = make_capture(30000, 11, 4);
  capture.queues[0].clear();
  capture.queues[2].resize(3);
  expect_same_as_baseline(capture);
}

TEST(FalseSharing, FilterEdgeCases) {
  // Each protocol's length limit on both sides, SYN+FIN against SYN alone, the blocked ports
  // and their neighbours, unknown protocols -- with exact expected counts.
  const std::vector<Packet> packets = {
      packet(kTcp, 40),                      // kept (exactly the minimum)
      packet(kTcp, 39),                      // dropped: runt
      packet(kTcp, 60, 443, kSyn | kFin),    // dropped: SYN+FIN
      packet(kTcp, 60, 443, kSyn),           // kept
      packet(kTcp, 60, 443, kFin | 0x10),    // kept
      packet(kTcp, 60, 23),                  // dropped: telnet
      packet(kTcp, 60, 445),                 // dropped: SMB
      packet(kTcp, 60, 3389),                // dropped: RDP
      packet(kTcp, 60, 3390),                // kept
      packet(kUdp, 60, 23),                  // kept: only TCP ports are blocked
      packet(kUdp, 28),                      // kept
      packet(kUdp, 27),                      // dropped
      packet(kIcmp, 28, 0),                  // kept
      packet(kIcmp, 27, 0),                  // dropped
      packet(0, 20, 0),                      // kept: other
      packet(255, 19, 0),                    // dropped
      packet(47, 65535, 0),                  // kept: other
  };
  const Capture capture{{packets}};
  const std::vector<QueueStats> expected = {QueueStats{
      .packets = 17,
      .bytes = 40 + 60 + 60 + 60 + 60 + 28 + 28 + 20 + 65535,
      .tcp = 4,
      .udp = 2,
      .icmp = 1,
      .other = 2,
      .dropped = 8}};
  EXPECT_TRUE(same_stats(expected, baseline::count_traffic(capture)));
  EXPECT_TRUE(same_stats(expected, solution::count_traffic(capture)));
}

TEST(FalseSharing, ByteCountsBeyondThirtyTwoBits) {
  // 70,000 jumbo-sized packets per queue: 4.6 GB, more than a 32-bit counter holds.
  Capture capture;
  capture.queues.assign(2, std::vector<Packet>(70000, packet(kUdp, 65535, 4789)));
  const std::vector<QueueStats> result = solution::count_traffic(capture);
  ASSERT_EQ(result.size(), 2u);
  EXPECT_EQ(result[0].bytes, 70000ull * 65535ull);
  expect_same_as_baseline(capture);
}

TEST(FalseSharing, EveryCallStartsFromZero) {
  // The interval's counts, not a running total: nothing may carry over between calls.
  const Capture capture = make_capture(20000, 3);
  const std::vector<QueueStats> expected = baseline::count_traffic(capture);
  for (int call = 0; call < 3; ++call) {
    SCOPED_TRACE("call " + std::to_string(call + 1) + " on the same capture");
    EXPECT_TRUE(same_stats(expected, solution::count_traffic(capture)));
  }
  const Capture other = make_capture(500, 4);
  EXPECT_TRUE(same_stats(baseline::count_traffic(other), solution::count_traffic(other)));
}

TEST(FalseSharing, BigCaptureWithBothWorkersBusy) {
  // Large enough that the workers run side by side for milliseconds (ThreadSanitizer sees
  // every pair of accesses).
  expect_same_as_baseline(make_capture(400000, 2024));
}

}  // namespace
}  // namespace kata::false_sharing
