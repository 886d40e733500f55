// A fix for the symptom the allocation counter shows: the lists now take their nodes from a
// pool (std::pmr::unsynchronized_pool_resource), so joining and leaving the book no longer
// calls malloc and free. But the pool hands out nodes in the order the feed asks for them --
// interleaved across the 64 levels, reusing the slots of cancelled orders -- so a level's
// nodes are as scattered as before, and every step of a walk still waits for the previous
// node's pointer. The allocator was never the cost; the layout is.
#include <algorithm>
#include <list>
#include <memory_resource>

#include "kata.hpp"

namespace kata::linked_list::solution {

namespace {

using Level = std::pmr::list<Order>;

void fill(std::pmr::vector<Level>& book, std::uint32_t quantity) {
  for (std::size_t level = kLevels; level-- > 0 && quantity > 0;) {
    Level& orders = book[level];
    while (!orders.empty() && quantity > 0) {
      Order& front = orders.front();
      const std::uint32_t filled = std::min(quantity, front.quantity);
      front.quantity -= filled;
      quantity -= filled;
      if (front.quantity == 0) orders.pop_front();
    }
  }
}

}  // namespace

std::vector<std::uint64_t> publish_depth(const FeedSlice& slice) {
  std::pmr::unsynchronized_pool_resource pool;
  std::pmr::vector<Level> book(kLevels, &pool);
  for (const Order& order : slice.resting) book[order.level].push_back(order);

  std::vector<std::uint64_t> depth_feed;
  for (const Event& event : slice.events) {
    switch (event.kind) {
      case EventKind::add:
        book[event.level].push_back(Order{event.id, event.quantity, event.level});
        break;
      case EventKind::cancel: {
        Level& orders = book[event.level];
        const auto found = std::find_if(orders.begin(), orders.end(),
                                        [&](const Order& order) { return order.id == event.id; });
        if (found != orders.end()) orders.erase(found);
        break;
      }
      case EventKind::trade:
        fill(book, event.quantity);
        break;
      case EventKind::snapshot:
        for (std::size_t level = kLevels; level-- > 0;) {
          std::uint64_t total = 0;
          for (const Order& order : book[level]) total += order.quantity;
          depth_feed.push_back(total);
        }
        break;
    }
  }
  return depth_feed;
}

}  // namespace kata::linked_list::solution
