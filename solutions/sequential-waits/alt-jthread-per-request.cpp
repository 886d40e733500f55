// Alternative: no futures -- one std::jthread per request, each writing its answer (or its
// exception) into its own slot, then join them all. Same overlap as the reference; the
// price of doing it by hand is carrying exceptions across threads yourself (an exception
// escaping a thread's function calls std::terminate).
#include <algorithm>
#include <exception>
#include <optional>
#include <thread>

#include "kata.hpp"

namespace kata::sequential_waits::solution {

namespace {

std::vector<Position> sorted_by_symbol(const std::vector<Position>& positions) {
  std::vector<Position> sorted = positions;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Position& a, const Position& b) { return a.symbol < b.symbol; });
  return sorted;
}

struct Slot {
  std::optional<Quote> quote;
  std::exception_ptr error;
};

}  // namespace

Valuation value_portfolio(const std::vector<Position>& positions) {
  const std::vector<Position> sorted = sorted_by_symbol(positions);
  std::vector<Slot> slots(sorted.size());
  {
    std::vector<std::jthread> requests;  // joined when this block ends, however it ends
    requests.reserve(sorted.size());
    for (std::size_t i = 0; i < sorted.size(); ++i) {
      requests.emplace_back([&symbol = sorted[i].symbol, &slot = slots[i]] {
        try {
          slot.quote = market_data::fetch_quote(symbol);
        } catch (...) {
          slot.error = std::current_exception();
        }
      });
    }
  }

  Valuation valuation;
  valuation.lines.reserve(sorted.size());
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (slots[i].error) std::rethrow_exception(slots[i].error);
    const Position& position = sorted[i];
    const Quote& quote = *slots[i].quote;
    const std::int64_t mark = position.quantity >= 0 ? quote.bid_cents : quote.ask_cents;
    valuation.lines.push_back(
        Line{position.symbol, position.quantity, quote, mark, position.quantity * mark});
    valuation.total_cents += valuation.lines.back().value_cents;
  }
  return valuation;
}

}  // namespace kata::sequential_waits::solution
