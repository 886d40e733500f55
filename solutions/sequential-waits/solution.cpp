// Reference: issue every quote request first, then wait for the answers. The requests are
// independent, so their round trips overlap: a portfolio costs about one round trip (plus
// starting a thread per request) instead of one round trip per position. Waiting needs no
// CPU, so this works on a single core too.
#include <algorithm>
#include <future>

#include "kata.hpp"

namespace kata::sequential_waits::solution {

namespace {

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
  // Declared before the futures, so it outlives every request that reads its symbols.
  const std::vector<Position> sorted = sorted_by_symbol(positions);

  // 1. Issue: every request starts now, on its own thread.
  std::vector<std::future<Quote>> quotes;
  quotes.reserve(sorted.size());
  for (const Position& position : sorted)
    quotes.push_back(std::async(std::launch::async, [&symbol = position.symbol] {
      return market_data::fetch_quote(symbol);
    }));

  // 2. Wait: collect the answers in order. If one throws, get() rethrows it here and the
  // futures' destructors wait for the requests still under way: no thread outlives the call.
  Valuation valuation;
  valuation.lines.reserve(sorted.size());
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    valuation.lines.push_back(make_line(sorted[i], quotes[i].get()));
    valuation.total_cents += valuation.lines.back().value_cents;
  }
  return valuation;
}

}  // namespace kata::sequential_waits::solution
