// Alternative: vectors, and no erase in the middle at all. A cancel only marks its order
// (quantity 0: it adds nothing to a snapshot and a fill skips it); a level is compacted in
// one pass when more than half of it is marked. Snapshots and searches scan a few dead
// entries more, cancels move nothing. A different trade-off from the reference, same idea:
// the orders of a level are contiguous.
#include <algorithm>

#include "kata.hpp"

namespace kata::linked_list::solution {

namespace {

struct Level {
  std::vector<Order> orders;  // time priority; quantity 0 marks an order that has left
  std::size_t front = 0;      // orders before it have all left
  std::size_t dead = 0;       // marked orders at or after `front`

  void compact() {
    std::erase_if(orders, [](const Order& order) { return order.quantity == 0; });
    front = 0;
    dead = 0;
  }
};

}  // namespace

std::vector<std::uint64_t> publish_depth(const FeedSlice& slice) {
  std::vector<Level> book(kLevels);
  for (const Order& order : slice.resting) book[order.level].orders.push_back(order);

  std::vector<std::uint64_t> depth_feed;
  for (const Event& event : slice.events) {
    switch (event.kind) {
      case EventKind::add:
        book[event.level].orders.push_back(Order{event.id, event.quantity, event.level});
        break;
      case EventKind::cancel: {
        Level& level = book[event.level];
        const auto found = std::find_if(level.orders.begin() + static_cast<std::ptrdiff_t>(level.front),
                                        level.orders.end(), [&](const Order& order) {
                                          return order.id == event.id && order.quantity != 0;
                                        });
        if (found == level.orders.end()) break;
        found->quantity = 0;
        if (2 * ++level.dead > level.orders.size() - level.front) level.compact();
        break;
      }
      case EventKind::trade: {
        std::uint32_t quantity = event.quantity;
        for (std::size_t index = kLevels; index-- > 0 && quantity > 0;) {
          Level& level = book[index];
          while (level.front < level.orders.size() && quantity > 0) {
            Order& order = level.orders[level.front];
            if (order.quantity == 0) {
              --level.dead;
              ++level.front;
              continue;
            }
            const std::uint32_t filled = std::min(quantity, order.quantity);
            order.quantity -= filled;
            quantity -= filled;
            if (order.quantity == 0) ++level.front;
          }
          if (2 * level.front > level.orders.size()) level.compact();
        }
        break;
      }
      case EventKind::snapshot:
        for (std::size_t index = kLevels; index-- > 0;) {
          std::uint64_t total = 0;
          const Level& level = book[index];
          for (std::size_t at = level.front; at < level.orders.size(); ++at) total += level.orders[at].quantity;
          depth_feed.push_back(total);
        }
        break;
    }
  }
  return depth_feed;
}

}  // namespace kata::linked_list::solution
