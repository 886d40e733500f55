// A step that misses the cause: the counters were the hot spot in the profile, so each
// increment is now a relaxed fetch_add instead of a sequentially consistent ++ ("we don't
// need ordering for statistics"). True, and harmless -- but on x86-64 every atomic
// read-modify-write is the same locked instruction whatever the memory order, and the cost
// was never the ordering: the two workers' slots still sit in the same cache lines, which
// still bounce between the cores on every increment.
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>
#include <thread>

#include "kata.hpp"

namespace kata::false_sharing::solution {

namespace {

// The live counters. One slot per queue in every counter, so no two workers ever write
// the same variable and no lock is needed; atomic, because the monitor's /metrics
// endpoint reads them while the workers run.
struct LiveCounters {
  std::array<std::atomic<std::uint64_t>, kMaxQueues> packets{};
  std::array<std::atomic<std::uint64_t>, kMaxQueues> bytes{};
  std::array<std::atomic<std::uint64_t>, kMaxQueues> tcp{};
  std::array<std::atomic<std::uint64_t>, kMaxQueues> udp{};
  std::array<std::atomic<std::uint64_t>, kMaxQueues> icmp{};
  std::array<std::atomic<std::uint64_t>, kMaxQueues> other{};
  std::array<std::atomic<std::uint64_t>, kMaxQueues> dropped{};
};

void count_queue(const std::vector<Packet>& packets, std::size_t queue, LiveCounters& live) {
  for (const Packet& packet : packets) {
    live.packets[queue].fetch_add(1, std::memory_order_relaxed);
    if (is_dropped(packet)) {
      live.dropped[queue].fetch_add(1, std::memory_order_relaxed);
      continue;
    }
    live.bytes[queue].fetch_add(packet.length, std::memory_order_relaxed);
    switch (packet.protocol) {
      case kTcp:
        live.tcp[queue].fetch_add(1, std::memory_order_relaxed);
        break;
      case kUdp:
        live.udp[queue].fetch_add(1, std::memory_order_relaxed);
        break;
      case kIcmp:
        live.icmp[queue].fetch_add(1, std::memory_order_relaxed);
        break;
      default:
        live.other[queue].fetch_add(1, std::memory_order_relaxed);
        break;
    }
  }
}

}  // namespace

std::vector<QueueStats> count_traffic(const Capture& capture) {
  const std::size_t queues = capture.queues.size();
  if (queues > kMaxQueues) throw std::invalid_argument("more receive queues than counter slots");

  auto live = std::make_unique<LiveCounters>();  // in the monitor, registered with /metrics
  {
    // One worker per queue. std::jthread joins in its destructor, so every worker has
    // finished when this block ends -- also when starting a later one throws.
    std::vector<std::jthread> workers;
    workers.reserve(queues);
    for (std::size_t q = 0; q < queues; ++q)
      workers.emplace_back(count_queue, std::cref(capture.queues[q]), q, std::ref(*live));
  }

  std::vector<QueueStats> stats(queues);
  for (std::size_t q = 0; q < queues; ++q) {
    stats[q].packets = live->packets[q];
    stats[q].bytes = live->bytes[q];
    stats[q].tcp = live->tcp[q];
    stats[q].udp = live->udp[q];
    stats[q].icmp = live->icmp[q];
    stats[q].other = live->other[q];
    stats[q].dropped = live->dropped[q];
  }
  return stats;
}

}  // namespace kata::false_sharing::solution
