// Alternative: a std::deque per level. A deque stores its elements in fixed blocks (512
// bytes here, 21 orders), so a level is a short chain of contiguous runs rather than one
// node per order: a walk follows one pointer per block instead of per order, and inside a
// block the reads are sequential. Fills pop from the front in O(1); cancels in the middle
// shift the shorter side. Slower than a vector (one more indirection, block boundaries),
// but the same idea: the orders of a level sit next to each other.
#include <algorithm>
#include <deque>

#include "kata.hpp"

namespace kata::linked_list::solution {

std::vector<std::uint64_t> publish_depth(const FeedSlice& slice) {
  std::vector<std::deque<Order>> book(kLevels);
  for (const Order& order : slice.resting) book[order.level].push_back(order);

  std::vector<std::uint64_t> depth_feed;
  depth_feed.reserve(slice.events.size() / 64 * kLevels + kLevels);
  for (const Event& event : slice.events) {
    if (event.kind == EventKind::add) {
      book[event.level].push_back(Order{event.id, event.quantity, event.level});
    } else if (event.kind == EventKind::cancel) {
      std::deque<Order>& orders = book[event.level];
      const auto found = std::find_if(orders.begin(), orders.end(),
                                      [&](const Order& order) { return order.id == event.id; });
      if (found != orders.end()) orders.erase(found);
    } else if (event.kind == EventKind::trade) {
      std::uint32_t quantity = event.quantity;
      for (std::size_t level = kLevels; level-- > 0 && quantity > 0;) {
        std::deque<Order>& orders = book[level];
        while (!orders.empty() && quantity > 0) {
          const std::uint32_t filled = std::min(quantity, orders.front().quantity);
          orders.front().quantity -= filled;
          quantity -= filled;
          if (orders.front().quantity == 0) orders.pop_front();
        }
      }
    } else {
      for (std::size_t level = kLevels; level-- > 0;) {
        std::uint64_t total = 0;
        for (const Order& order : book[level]) total += order.quantity;
        depth_feed.push_back(total);
      }
    }
  }
  return depth_feed;
}

}  // namespace kata::linked_list::solution
