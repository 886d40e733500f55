// The pricing endpoint as it was first written: one quote request after another, each
// waiting for its round trip. Never edited: the checker measures your solution against it.
#include <algorithm>

#include "kata.hpp"

namespace kata::sequential_waits::baseline {

namespace {

// The dashboard lists lines by symbol so that refreshes diff cleanly. Copies and sorts a
// few dozen positions once per request: microseconds, not worth touching.
std::vector<Position> sorted_by_symbol(const std::vector<Position>& positions) {
  std::vector<Position> sorted = positions;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Position& a, const Position& b) { return a.symbol < b.symbol; });
  return sorted;
}

Line make_line(const Position& position, const Quote& quote) {
  const std::int64_t mark = position.quantity >= 0 ? quote.bid_cents : quote.ask_cents;
  return Line{position.symbol, position.quantity, quote, mark, position.quantity * mark};
}

}  // namespace

Valuation value_portfolio(const std::vector<Position>& positions) {
  Valuation valuation;
  for (const Position& position : sorted_by_symbol(positions)) {
    const Quote quote = market_data::fetch_quote(position.symbol);
    valuation.lines.push_back(make_line(position, quote));
    valuation.total_cents += valuation.lines.back().value_cents;
  }
  return valuation;
}

}  // namespace kata::sequential_waits::baseline
