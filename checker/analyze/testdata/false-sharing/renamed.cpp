// Detector fixture: the baseline's per-worker counter slots with other names and shapes:
// built-in arrays and a std::vector of atomics, an index loop and a while loop, fetch_add
// and +=, a lambda as the thread function. The detector must still fire.
#include <atomic>
#include <stdexcept>
#include <thread>

#include "kata.hpp"

namespace kata::false_sharing::solution {

struct Tally {
  std::atomic<unsigned long long> seen[kMaxQueues];
  std::atomic<unsigned long long> octets[kMaxQueues];
  std::atomic<unsigned long long> rejected[kMaxQueues];
};

std::vector<QueueStats> count_traffic(const Capture& cap) {
  if (cap.queues.size() > kMaxQueues) throw std::invalid_argument("too many queues");
  Tally tally{};
  std::vector<std::atomic<unsigned long long>> per_proto(4 * kMaxQueues);
  {
    std::vector<std::jthread> pool;
    for (std::size_t w = 0; w < cap.queues.size(); ++w) {
      pool.emplace_back([&, w] {
        const std::vector<Packet>& mine = cap.queues[w];
        std::size_t i = 0;
        while (i < mine.size()) {
          const Packet& p = mine[i++];
          tally.seen[w].fetch_add(1);
          if (is_dropped(p)) {
            tally.rejected[w] += 1;
          } else {
            tally.octets[w] += p.length;
            const std::size_t kind = p.protocol == kTcp ? 0 : p.protocol == kUdp ? 1
                                   : p.protocol == kIcmp ? 2 : 3;
            per_proto[kind * kMaxQueues + w]++;
          }
        }
      });
    }
  }
  std::vector<QueueStats> out(cap.queues.size());
  for (std::size_t w = 0; w < out.size(); ++w)
    out[w] = QueueStats{tally.seen[w], tally.octets[w], per_proto[w], per_proto[kMaxQueues + w],
                        per_proto[2 * kMaxQueues + w], per_proto[3 * kMaxQueues + w],
                        tally.rejected[w]};
  return out;
}

}  // namespace kata::false_sharing::solution
