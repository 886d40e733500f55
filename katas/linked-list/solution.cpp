// Your file: make publish_depth fast. It starts as a copy of baseline.cpp.
// `kata check linked-list` builds it, tests it against the baseline and measures it.
#include <algorithm>
#include <list>

#include "kata.hpp"

namespace kata::linked_list::solution {

namespace {

// The orders resting at one price, in time priority. A list, because orders leave from
// the middle all the time (cancels) and from the front (fills): no shifting, ever.
using Level = std::list<Order>;

// An incoming sell fills the best level first, oldest order first.
void fill(std::vector<Level>& book, std::uint32_t quantity) {
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
  std::vector<Level> book(kLevels);
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
