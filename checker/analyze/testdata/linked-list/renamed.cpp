// Detector fixture: the baseline's per-level lists with other names, a std::array of lists,
// an explicit iterator loop for the snapshot and a while loop for the cancel search. The
// list-traversal detector must still fire.
#include <array>
#include <list>

#include "kata.hpp"

namespace kata::linked_list::solution {

std::vector<std::uint64_t> publish_depth(const FeedSlice& feed) {
  std::array<std::list<Order>, kLevels> queues;
  for (std::size_t r = 0; r < feed.resting.size(); ++r) queues[feed.resting[r].level].push_back(feed.resting[r]);

  std::vector<std::uint64_t> out;
  for (std::size_t e = 0; e < feed.events.size(); ++e) {
    const Event& msg = feed.events[e];
    if (msg.kind == EventKind::add) {
      queues[msg.level].emplace_back(Order{msg.id, msg.quantity, msg.level});
    } else if (msg.kind == EventKind::cancel) {
      std::list<Order>& q = queues[msg.level];
      auto pos = q.begin();
      while (pos != q.end() && pos->id != msg.id) ++pos;
      if (pos != q.end()) q.erase(pos);
    } else if (msg.kind == EventKind::trade) {
      std::uint32_t want = msg.quantity;
      for (std::size_t lv = kLevels; lv > 0 && want > 0; --lv) {
        std::list<Order>& q = queues[lv - 1];
        while (!q.empty() && want > 0) {
          const std::uint32_t take = want < q.front().quantity ? want : q.front().quantity;
          q.front().quantity -= take;
          want -= take;
          if (q.front().quantity == 0) q.pop_front();
        }
      }
    } else {
      for (std::size_t lv = kLevels; lv > 0; --lv) {
        std::uint64_t sum = 0;
        for (auto it = queues[lv - 1].cbegin(); it != queues[lv - 1].cend(); ++it) sum += it->quantity;
        out.push_back(sum);
      }
    }
  }
  return out;
}

}  // namespace kata::linked_list::solution
