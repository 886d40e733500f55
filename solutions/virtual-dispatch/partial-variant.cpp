// A real step, not the whole way: "virtual calls and heap objects are slow", so the book
// becomes one std::vector of std::variant values, each payoff a plain struct, and every
// scenario std::visit-s each trade. No allocation per trade and no pointer to follow, and
// the payoff bodies can now be inlined. But the dispatch is still there, per trade per
// scenario: std::visit branches (a jump table or a chain of compares) on the trade's kind,
// and the kinds still come in booking order, so that branch is mispredicted about as often
// as the virtual call was. The mispredictions were the cost; they stay.
#include <variant>

#include "kata.hpp"

namespace kata::virtual_dispatch::solution {

namespace {

struct IndexForward {
  double quantity, price;
  double value_at(double level) const { return quantity * (level - price); }
};

struct CallOption {
  double quantity, strike;
  double value_at(double level) const { return quantity * std::max(level - strike, 0.0); }
};

struct PutOption {
  double quantity, strike;
  double value_at(double level) const { return quantity * std::max(strike - level, 0.0); }
};

struct DigitalCall {
  double quantity, strike, cash;
  double value_at(double level) const { return level > strike ? quantity * cash : 0.0; }
};

struct DigitalPut {
  double quantity, strike, cash;
  double value_at(double level) const { return level < strike ? quantity * cash : 0.0; }
};

using Instrument = std::variant<IndexForward, CallOption, PutOption, DigitalCall, DigitalPut>;

Instrument load_instrument(const Trade& trade) {
  switch (trade.kind) {
    case PayoffKind::forward:
      return IndexForward{trade.quantity, trade.strike};
    case PayoffKind::call:
      return CallOption{trade.quantity, trade.strike};
    case PayoffKind::put:
      return PutOption{trade.quantity, trade.strike};
    case PayoffKind::digital_call:
      return DigitalCall{trade.quantity, trade.strike, trade.cash};
    case PayoffKind::digital_put:
      break;
  }
  return DigitalPut{trade.quantity, trade.strike, trade.cash};
}

}  // namespace

std::vector<double> revalue_book(const StressRun& run) {
  std::vector<Instrument> book;
  book.reserve(run.trades.size());
  for (const Trade& trade : run.trades) book.push_back(load_instrument(trade));

  std::vector<double> values;
  values.reserve(run.levels.size());
  for (const double level : run.levels) {
    double total = 0.0;
    for (const Instrument& instrument : book)
      total += std::visit([level](const auto& payoff) { return payoff.value_at(level); }, instrument);
    values.push_back(total);
  }
  return values;
}

}  // namespace kata::virtual_dispatch::solution
