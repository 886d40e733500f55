// Half-way: the game-engine habit of a node pool. All orders live in one std::vector of
// nodes linked by 32-bit indices, with a free list for the slots of orders that left, so
// there is no allocation per order and the nodes are packed (24 bytes instead of a 48-byte
// heap chunk). But a level is still a linked list: its nodes are interleaved with the other
// levels' in the order the feed created them, freed slots are reused anywhere, and a walk
// still waits for each node's `next` index before it can load the next node.
#include <algorithm>
#include <cstdint>
#include <limits>

#include "kata.hpp"

namespace kata::linked_list::solution {

namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

struct Node {
  std::uint64_t id;
  std::uint32_t quantity;
  std::uint32_t next;
};

class Book {
 public:
  explicit Book(std::size_t expected) { nodes_.reserve(expected); }

  void add(std::size_t level, std::uint64_t id, std::uint32_t quantity) {
    std::uint32_t slot = free_;
    if (slot != kNone) {
      free_ = nodes_[slot].next;
      nodes_[slot] = Node{id, quantity, kNone};
    } else {
      slot = static_cast<std::uint32_t>(nodes_.size());
      nodes_.push_back(Node{id, quantity, kNone});
    }
    Ends& ends = levels_[level];
    if (ends.tail == kNone) ends.head = slot; else nodes_[ends.tail].next = slot;
    ends.tail = slot;
  }

  void cancel(std::size_t level, std::uint64_t id) {
    Ends& ends = levels_[level];
    std::uint32_t previous = kNone;
    for (std::uint32_t at = ends.head; at != kNone; previous = at, at = nodes_[at].next) {
      if (nodes_[at].id == id) {
        unlink(ends, previous, at);
        return;
      }
    }
  }

  void fill(std::uint32_t quantity) {
    for (std::size_t level = kLevels; level-- > 0 && quantity > 0;) {
      Ends& ends = levels_[level];
      while (ends.head != kNone && quantity > 0) {
        Node& front = nodes_[ends.head];
        const std::uint32_t filled = std::min(quantity, front.quantity);
        front.quantity -= filled;
        quantity -= filled;
        if (front.quantity == 0) unlink(ends, kNone, ends.head);
      }
    }
  }

  std::uint64_t total(std::size_t level) const {
    std::uint64_t sum = 0;
    for (std::uint32_t at = levels_[level].head; at != kNone; at = nodes_[at].next) sum += nodes_[at].quantity;
    return sum;
  }

 private:
  struct Ends {
    std::uint32_t head = kNone;
    std::uint32_t tail = kNone;
  };

  void unlink(Ends& ends, std::uint32_t previous, std::uint32_t at) {
    const std::uint32_t next = nodes_[at].next;
    if (previous == kNone) ends.head = next; else nodes_[previous].next = next;
    if (ends.tail == at) ends.tail = previous;
    nodes_[at].next = free_;
    free_ = at;
  }

  std::vector<Node> nodes_;
  Ends levels_[kLevels];
  std::uint32_t free_ = kNone;
};

}  // namespace

std::vector<std::uint64_t> publish_depth(const FeedSlice& slice) {
  Book book(2 * slice.resting.size());
  for (const Order& order : slice.resting) book.add(order.level, order.id, order.quantity);

  std::vector<std::uint64_t> depth_feed;
  for (const Event& event : slice.events) {
    switch (event.kind) {
      case EventKind::add:
        book.add(event.level, event.id, event.quantity);
        break;
      case EventKind::cancel:
        book.cancel(event.level, event.id);
        break;
      case EventKind::trade:
        book.fill(event.quantity);
        break;
      case EventKind::snapshot:
        for (std::size_t level = kLevels; level-- > 0;) depth_feed.push_back(book.total(level));
        break;
    }
  }
  return depth_feed;
}

}  // namespace kata::linked_list::solution
