#pragma once
// linked-list: the interface the baseline and your solution share. Do not edit: the checker
// builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::linked_list {

// The bid side of one instrument's book, as price levels: level 0 is the lowest price in the
// gateway's band, level kLevels - 1 the highest (the best bid).
inline constexpr std::size_t kLevels = 64;

// An order resting on the book.
struct Order {
  std::uint64_t id = 0;
  std::uint32_t quantity = 0;
  std::uint16_t level = 0;  // < kLevels
};

// One message of the exchange's order-by-order feed, as the gateway receives it.
enum class EventKind : std::uint8_t {
  add,       // a new order `id` of `quantity` joins the back of `level` (time priority)
  cancel,    // order `id` leaves `level`; ignored when it is not there (already filled)
  trade,     // an incoming sell of `quantity` fills resting orders: best level first, and
             // within a level the front first; an order filled completely leaves the book
  snapshot,  // publish the depth: the total resting quantity of every level, best first
};

struct Event {
  EventKind kind = EventKind::snapshot;
  std::uint16_t level = 0;       // add, cancel
  std::uint32_t quantity = 0;    // add, trade
  std::uint64_t id = 0;          // add, cancel
};

// A slice of the feed: the book when the slice starts (resting orders in time priority,
// i.e. in the order they arrived, all levels mixed) and the messages that follow.
struct FeedSlice {
  std::vector<Order> resting;
  std::vector<Event> events;
};

// Replays the slice and returns the depth feed: for every snapshot message, kLevels totals
// (the resting quantity of level kLevels - 1 first, level 0 last), snapshot after snapshot.
namespace baseline {
std::vector<std::uint64_t> publish_depth(const FeedSlice& slice);
}
namespace solution {
std::vector<std::uint64_t> publish_depth(const FeedSlice& slice);
}

// Snapshot messages in a generated slice (fewer when the slice is very short).
inline constexpr std::size_t kSnapshots = 200;

// The inputs the tests and the benchmark use: a book of `resting` orders spread over the
// levels, then 2 * `resting` add, cancel and trade messages (about 48% adds, 48% cancels of
// random orders still on the book or already filled, 4% trades) with kSnapshots snapshot
// messages evenly among them, drawn from `seed`.
inline FeedSlice make_feed_slice(std::size_t resting, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  FeedSlice slice;
  std::vector<Order> live;  // orders added and not yet cancelled (fills are not tracked)
  std::uint64_t next_id = 1'000'000 + static_cast<std::uint64_t>(rng.between(0, 1'000'000));
  const auto new_order = [&] {
    Order order;
    order.id = next_id;
    next_id += static_cast<std::uint64_t>(rng.between(1, 16));
    order.quantity = static_cast<std::uint32_t>(rng.between(1, 500));
    order.level = static_cast<std::uint16_t>(rng.between(0, static_cast<std::int64_t>(kLevels) - 1));
    return order;
  };

  slice.resting.reserve(resting);
  for (std::size_t i = 0; i < resting; ++i) {
    slice.resting.push_back(new_order());
    live.push_back(slice.resting.back());
  }

  const std::size_t messages = 2 * resting;
  const std::size_t snapshot_every = std::max<std::size_t>(messages / kSnapshots, 1);
  slice.events.reserve(messages + messages / snapshot_every + 1);
  for (std::size_t i = 0; i < messages; ++i) {
    if (i % snapshot_every == 0) slice.events.push_back(Event{});
    const std::int64_t dice = rng.between(0, 99);
    if (dice < 48 || live.empty()) {
      const Order order = new_order();
      slice.events.push_back(Event{EventKind::add, order.level, order.quantity, order.id});
      live.push_back(order);
    } else if (dice < 96) {
      const auto pick = static_cast<std::size_t>(rng.next() % live.size());
      slice.events.push_back(Event{EventKind::cancel, live[pick].level, 0, live[pick].id});
      live[pick] = live.back();
      live.pop_back();
    } else {
      slice.events.push_back(
          Event{EventKind::trade, 0, static_cast<std::uint32_t>(rng.between(100, 2000)), 0});
    }
  }
  slice.events.push_back(Event{});  // the slice ends with a snapshot
  return slice;
}

}  // namespace kata::linked_list
