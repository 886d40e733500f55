// Detector fixture: the baseline's one-by-one requests with other names, a while loop and
// a using-declaration. The sequential-round-trips detector must still fire.
#include <algorithm>

#include "kata.hpp"

namespace kata::sequential_waits::solution {

using market_data::fetch_quote;

Valuation value_portfolio(const std::vector<Position>& book) {
  std::vector<Position> ordered = book;
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Position& x, const Position& y) { return x.symbol < y.symbol; });
  Valuation out;
  std::size_t i = 0;
  while (i < ordered.size()) {
    const Position& p = ordered[i++];
    const Quote q = fetch_quote(p.symbol);
    const std::int64_t mark = p.quantity >= 0 ? q.bid_cents : q.ask_cents;
    out.lines.push_back(Line{p.symbol, p.quantity, q, mark, p.quantity * mark});
    out.total_cents += out.lines.back().value_cents;
  }
  return out;
}

}  // namespace kata::sequential_waits::solution
