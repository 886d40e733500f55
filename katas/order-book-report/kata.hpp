#pragma once
// order-book-report: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kata/random.hpp"

namespace kata::order_book_report {

// One message of the exchange's market-by-order feed, in the spirit of NASDAQ ITCH 5.0:
//   add      a new resting order: order_id, side, price, quantity, participant
//   execute  `quantity` shares of the resting order `order_id` traded at its own price
//   cancel   `quantity` shares of `order_id` withdrawn (all of them: the order is deleted)
//   replace  `order_id` is withdrawn and re-entered as `new_order_id` at `price`, `quantity`
//            (same side and participant)
enum class EventType : std::uint8_t { add, execute, cancel, replace };
enum class Side : std::uint8_t { buy, sell };

struct Event {
  std::uint64_t order_id;
  std::uint64_t new_order_id;  // replace only
  std::int64_t price;          // 1/10,000 of the currency unit (ITCH's "Price (4)")
  std::int64_t quantity;       // shares
  std::uint16_t instrument;    // index into Session::instruments (the feed's locate code)
  std::uint16_t participant;   // add only: index into Session::participants
  EventType type;
  Side side;                   // add only
};

// Reference data of one listed instrument.
struct Instrument {
  std::string isin;         // "US0378331005": 12 characters, unique within a session
  std::int64_t tick_size;   // prices must be a multiple of it (same units as Event::price)
};

// A trading day on one venue, as the end-of-day job receives it.
struct Session {
  // "venue=XNAS;date=2026-11-20;depth=5;top=3": the venue's MIC (the report keys each
  // instrument as MIC:ISIN), the trading date, how many price levels the depth section
  // shows per side, how many participants the activity section lists.
  std::string config;
  std::vector<Instrument> instruments;
  std::vector<std::string> participants;  // market participant ids ("GSCO", "MSCO", ...)
  std::vector<Event> events;              // the day, in feed order
};

// The end-of-day report, one block per instrument that had at least one event, in
// ascending order of its key MIC:ISIN, then one summary line:
//
//   XNAS:US0378331005  trades 1234  volume 56789  vwap 187.4512  unmatched 3  rejected 0
//     bid  187.4400 x 300  187.4300 x 1200  ...   (the closing book by price level: the
//     ask  187.4600 x 500  ...                     best `depth` levels of each side)
//     most active  GSCO 12000  MSCO 9100  UBSS 8800   (executed shares of each participant's
//                                                      resting orders: the `top` largest,
//                                                      ties in ascending order of the id)
//   ...
//   XNAS 2026-11-20: 12 instruments, 64000 events, 812 unmatched, 95 rejected
//
// vwap is the volume-weighted average execution price, truncated to 1/10,000 ("-" without
// trades). "unmatched": an add whose order id is live already; an execute, cancel or
// replace whose order is not in the book; a replace whose new id is live already (the old
// order is gone, the new one is not added). "rejected": an add or replace whose quantity or
// price is not positive or whose price is off the instrument's tick (any positive price on
// the off-exchange venue XOFF); it changes nothing. An execute or cancel of more shares than
// the order has left takes what is left. An invalid config field keeps its default
// (venue=XNAS, date=unknown, depth=5, top=3).
namespace baseline {
std::string order_book_report(const Session& session);
}
namespace solution {
std::string order_book_report(const Session& session);
}

// The inputs the tests and the benchmark use: a day of `count` events over
// `instrument_count` instruments (ISINs unique) and 40 participants, drawn from `seed`.
// Books fill up after the open and then hover around `live_target` live orders within 30
// ticks of the mid; a share `pre_market_share` of the executes and cancels name an order
// entered before the replay window (never added), and about 0.1% of adds are off the tick.
inline Session make_session(std::size_t count, std::uint64_t seed,
                            std::size_t instrument_count = 8, std::size_t live_target = 3200,
                            double pre_market_share = 0.01) {
  kata::random::Rng rng(seed);
  Session session;
  session.config = "venue=XNAS;date=2026-11-20;depth=5;top=3";
  std::vector<std::int64_t> mids(instrument_count);
  for (std::size_t i = 0; i < instrument_count; ++i) {
    std::string isin = "US";
    for (int d = 0; d < 10; ++d) isin += static_cast<char>('0' + rng.next() % 10);
    const std::int64_t tick = rng.chance(0.8) ? 100 : 50;
    session.instruments.push_back(Instrument{isin, tick});
    mids[i] = rng.between(5'000, 400'000) / tick * tick * 10;
  }
  for (int p = 0; p < 40; ++p) {
    std::string mpid;
    for (int c = 0; c < 4; ++c) mpid += static_cast<char>('A' + rng.next() % 26);
    session.participants.push_back(mpid);
  }

  struct Live {
    std::uint64_t id;
    std::int64_t remaining;
    Side side;
  };
  std::vector<std::vector<Live>> live(instrument_count);
  std::uint64_t next_id = 1 + rng.next() % 1'000'000;
  session.events.reserve(count);
  for (std::size_t n = 0; n < count; ++n) {
    const auto instrument = static_cast<std::uint16_t>(rng.next() % instrument_count);
    std::vector<Live>& book = live[instrument];
    const std::int64_t tick = session.instruments[instrument].tick_size;
    const auto random_price = [&](Side side) {
      const std::int64_t ticks = rng.between(1, 30);
      return side == Side::buy ? mids[instrument] - ticks * tick : mids[instrument] + ticks * tick;
    };
    const double fill = static_cast<double>(book.size()) / static_cast<double>(live_target);
    const double add_probability = fill < 1.0 ? 0.85 : 0.35;  // books fill up after the open
    Event event{};
    event.instrument = instrument;
    if (book.empty() || rng.unit() < add_probability) {
      event.type = EventType::add;
      event.order_id = next_id;
      next_id += 1 + rng.next() % 3;
      event.side = rng.chance(0.5) ? Side::buy : Side::sell;
      event.price = random_price(event.side);
      event.quantity = 100 * rng.between(1, 10);
      event.participant = static_cast<std::uint16_t>(rng.next() % session.participants.size());
      if (rng.chance(0.001)) {
        event.price += tick / 2;  // off the tick: the venue would have rejected it
      } else {
        book.push_back(Live{event.order_id, event.quantity, event.side});
      }
      session.events.push_back(event);
      continue;
    }
    const double kind = rng.unit();
    if (kind < 0.85 && rng.chance(pre_market_share)) {
      // An order entered before the replay window (pre-market): the replay never saw it added.
      event.type = kind < 0.30 ? EventType::execute : EventType::cancel;
      event.order_id = 1'000'000'000'000ULL + rng.next() % 1'000'000;
      event.quantity = 100;
      session.events.push_back(event);
      continue;
    }
    const std::size_t index = static_cast<std::size_t>(rng.next() % book.size());
    Live& order = book[index];
    event.order_id = order.id;
    if (kind < 0.85) {
      event.type = kind < 0.30 ? EventType::execute : EventType::cancel;
      if (event.type == EventType::execute || rng.chance(0.2))
        event.quantity = std::min<std::int64_t>(order.remaining, 100 * rng.between(1, 5));
      else
        event.quantity = order.remaining;  // the usual cancel: all of it
      order.remaining -= event.quantity;
      if (order.remaining == 0) {
        order = book.back();
        book.pop_back();
      }
    } else {
      event.type = EventType::replace;
      event.new_order_id = next_id;
      next_id += 1 + rng.next() % 3;
      event.side = order.side;
      event.price = random_price(order.side);
      event.quantity = 100 * rng.between(1, 10);
      order = Live{event.new_order_id, event.quantity, order.side};
    }
    session.events.push_back(event);
  }
  return session;
}

}  // namespace kata::order_book_report
