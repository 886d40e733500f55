// Reference: every price level is a std::vector of its orders, in time priority. A snapshot
// then reads each level front to back through contiguous memory -- the loads do not depend
// on each other and the hardware prefetcher streams them in -- instead of following one
// heap pointer per order to nodes scattered among all the other levels' nodes. A cancel
// scans a few kilobytes for its order and closes the gap with one memmove, cheaper than the
// pointer chase that found the order in the list. Trades erase the filled orders from the
// front of a level in one go.
#include <algorithm>

#include "kata.hpp"

namespace kata::linked_list::solution {

namespace {

using Level = std::vector<Order>;

// An incoming sell fills the best level first, oldest order first.
void fill(std::vector<Level>& book, std::uint32_t quantity) {
  for (std::size_t level = kLevels; level-- > 0 && quantity > 0;) {
    Level& orders = book[level];
    std::size_t filled_orders = 0;
    while (filled_orders < orders.size() && quantity > 0) {
      Order& front = orders[filled_orders];
      const std::uint32_t filled = std::min(quantity, front.quantity);
      front.quantity -= filled;
      quantity -= filled;
      if (front.quantity == 0) ++filled_orders;
    }
    orders.erase(orders.begin(), orders.begin() + static_cast<std::ptrdiff_t>(filled_orders));
  }
}

}  // namespace

std::vector<std::uint64_t> publish_depth(const FeedSlice& slice) {
  std::vector<Level> book(kLevels);
  for (Level& orders : book) orders.reserve(2 * slice.resting.size() / kLevels + 16);
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
