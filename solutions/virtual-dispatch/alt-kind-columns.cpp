// Alternative: the reference's per-kind vectors, with the loops the other way round. For
// each trade of a kind, one loop over the 250 scenarios adds its value to each scenario's
// total (a "column" of the trade's values). No call and no dispatch; the payoff's formula
// is a lambda the compiler inlines into the loop; a trade's comparisons come out the same
// way scenario after scenario, so even g++'s branches are predicted; and the scenario loop
// has no chain of dependent additions (each scenario's total is its own), which clang
// vectorises. The values are exact, so the order of the additions does not matter.
#include "kata.hpp"

namespace kata::virtual_dispatch::solution {

namespace {

// A trade as the stress run needs it: its quantity and its strike (or agreed price); a
// digital's quantity already multiplied by its cash amount.
struct Position {
  double quantity, strike;
};

struct Book {
  std::vector<Position> forwards, calls, puts, digital_calls, digital_puts;
};

Book load_book(const std::vector<Trade>& trades) {
  Book book;
  for (const Trade& trade : trades) {
    switch (trade.kind) {
      case PayoffKind::forward:
        book.forwards.push_back({trade.quantity, trade.strike});
        break;
      case PayoffKind::call:
        book.calls.push_back({trade.quantity, trade.strike});
        break;
      case PayoffKind::put:
        book.puts.push_back({trade.quantity, trade.strike});
        break;
      case PayoffKind::digital_call:
        book.digital_calls.push_back({trade.quantity * trade.cash, trade.strike});
        break;
      case PayoffKind::digital_put:
        book.digital_puts.push_back({trade.quantity * trade.cash, trade.strike});
        break;
    }
  }
  return book;
}

// Adds one kind's values at every level to `values`: for each trade of the kind, a loop
// over the scenarios with the payoff's formula written in it.
template <class Payoff>
void add_kind(const std::vector<Position>& positions, const std::vector<double>& levels,
              std::vector<double>& values, Payoff payoff) {
  const std::size_t scenarios = levels.size();
  for (const Position& p : positions)
    for (std::size_t s = 0; s < scenarios; ++s) values[s] += payoff(p, levels[s]);
}

}  // namespace

std::vector<double> revalue_book(const StressRun& run) {
  const Book book = load_book(run.trades);
  std::vector<double> values(run.levels.size(), 0.0);
  add_kind(book.forwards, run.levels, values,
           [](const Position& p, double level) { return p.quantity * (level - p.strike); });
  add_kind(book.calls, run.levels, values, [](const Position& p, double level) {
    return p.quantity * std::max(level - p.strike, 0.0);
  });
  add_kind(book.puts, run.levels, values, [](const Position& p, double level) {
    return p.quantity * std::max(p.strike - level, 0.0);
  });
  add_kind(book.digital_calls, run.levels, values,
           [](const Position& p, double level) { return level > p.strike ? p.quantity : 0.0; });
  add_kind(book.digital_puts, run.levels, values,
           [](const Position& p, double level) { return level < p.strike ? p.quantity : 0.0; });
  return values;
}

}  // namespace kata::virtual_dispatch::solution
