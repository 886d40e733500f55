#pragma once
// sequential-waits: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file -- including the
// simulated market-data service below, so it cannot be made faster from here.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "kata/random.hpp"

namespace kata::sequential_waits {

// One holding in a client's portfolio. The same symbol may appear more than once (two lots
// bought at different times); a negative quantity is a short position.
struct Position {
  std::string symbol;         // e.g. "QRTX"
  std::int64_t quantity = 0;  // shares
};

// The market-data service's answer for one symbol, in cents.
struct Quote {
  std::int64_t bid_cents = 0;
  std::int64_t ask_cents = 0;
  friend bool operator==(const Quote&, const Quote&) = default;
};

// One line of the valuation: longs are marked at the bid, shorts at the ask (what closing
// the position would fetch), value = quantity x mark.
struct Line {
  std::string symbol;
  std::int64_t quantity = 0;
  Quote quote;
  std::int64_t mark_cents = 0;
  std::int64_t value_cents = 0;
  friend bool operator==(const Line&, const Line&) = default;
};

// What the pricing endpoint returns: one line per position, ordered by symbol (positions
// with the same symbol keep their order in the request), and the total.
struct Valuation {
  std::vector<Line> lines;
  std::int64_t total_cents = 0;
  friend bool operator==(const Valuation&, const Valuation&) = default;
};

// The simulated market-data service. Every call is one network round trip: the calling
// thread waits kRoundTrip (sleeping, not computing) and then gets the quote. The service
// takes any number of concurrent requests, from any threads; the answer depends on the
// symbol only. Symbols are 1-8 characters of A-Z and '.'; anything else is rejected by the
// client library before it is sent (QuoteUnavailable, no round trip).
namespace market_data {

inline constexpr std::chrono::milliseconds kRoundTrip{2};

// Every request made, and the requests under way right now (the tests read these).
inline std::atomic<std::uint64_t> requests_made{0};
inline std::atomic<int> requests_in_flight{0};

struct QuoteUnavailable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

inline Quote fetch_quote(const std::string& symbol) {
  requests_made.fetch_add(1, std::memory_order_relaxed);
  const bool well_formed =
      !symbol.empty() && symbol.size() <= 8 &&
      std::all_of(symbol.begin(), symbol.end(),
                  [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
  if (!well_formed) throw QuoteUnavailable("malformed symbol '" + symbol + "'");

  requests_in_flight.fetch_add(1, std::memory_order_relaxed);
  std::this_thread::sleep_for(kRoundTrip);  // the round trip
  requests_in_flight.fetch_sub(1, std::memory_order_relaxed);

  std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a of the symbol
  for (char c : symbol) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  kata::random::Rng rng(hash);
  const std::int64_t bid = rng.between(100, 500'000);  // $1.00 .. $5,000.00
  return Quote{bid, bid + rng.between(1, 50)};
}

}  // namespace market_data

// Values the portfolio at current market prices: one fetch_quote per position's symbol,
// made during this call (quotes move: nothing may be kept from one call to the next; a
// symbol listed twice may be fetched once). If a quote is unavailable, the call throws the
// service's QuoteUnavailable for the first such line in symbol order.
namespace baseline {
Valuation value_portfolio(const std::vector<Position>& positions);
}
namespace solution {
Valuation value_portfolio(const std::vector<Position>& positions);
}

// The inputs the tests and the benchmark use: `count` positions with distinct symbols of
// 3-5 letters, drawn from `seed`.
inline std::vector<Position> make_portfolio(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  std::unordered_set<std::string> used;
  std::vector<Position> positions;
  positions.reserve(count);
  while (positions.size() < count) {
    std::string symbol(static_cast<std::size_t>(rng.between(3, 5)), 'A');
    for (char& c : symbol) c = static_cast<char>('A' + rng.next() % 26);
    if (!used.insert(symbol).second) continue;
    const std::int64_t quantity =
        rng.chance(0.15) ? -rng.between(1, 2'000) : rng.between(1, 20'000);
    positions.push_back(Position{std::move(symbol), quantity});
  }
  return positions;
}

}  // namespace kata::sequential_waits
