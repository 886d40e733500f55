// Alternative: keep the class hierarchy and the virtual call, but sort the book by payoff
// class once per run. The calls stay (2.5 million per run, none inlined), but now the same
// target comes thousands of times in a row, so the CPU's indirect-branch predictor is
// right almost every time and the pipeline no longer restarts after most trades. Sorting
// 10,000 pointers once costs far less than the mispredictions it removes. The smallest
// change to the baseline that passes; the reference, which removes the calls, is faster.
#include <algorithm>
#include <memory>
#include <typeindex>
#include <typeinfo>

#include "kata.hpp"

namespace kata::virtual_dispatch::solution {

namespace {

// The pricing library's model of a trade: one class per payoff behind a common interface,
// so the risk engine, the P&L report and the trade blotter handle every trade alike.
class Instrument {
 public:
  virtual ~Instrument() = default;
  // The trade's value if the index stands at `level` on the expiry date.
  virtual double value_at(double level) const = 0;
};

class IndexForward final : public Instrument {
 public:
  IndexForward(double quantity, double price) : quantity_(quantity), price_(price) {}
  double value_at(double level) const override { return quantity_ * (level - price_); }

 private:
  double quantity_, price_;
};

class CallOption final : public Instrument {
 public:
  CallOption(double quantity, double strike) : quantity_(quantity), strike_(strike) {}
  double value_at(double level) const override {
    return quantity_ * std::max(level - strike_, 0.0);
  }

 private:
  double quantity_, strike_;
};

class PutOption final : public Instrument {
 public:
  PutOption(double quantity, double strike) : quantity_(quantity), strike_(strike) {}
  double value_at(double level) const override {
    return quantity_ * std::max(strike_ - level, 0.0);
  }

 private:
  double quantity_, strike_;
};

class DigitalCall final : public Instrument {
 public:
  DigitalCall(double quantity, double strike, double cash)
      : quantity_(quantity), strike_(strike), cash_(cash) {}
  double value_at(double level) const override {
    return level > strike_ ? quantity_ * cash_ : 0.0;
  }

 private:
  double quantity_, strike_, cash_;
};

class DigitalPut final : public Instrument {
 public:
  DigitalPut(double quantity, double strike, double cash)
      : quantity_(quantity), strike_(strike), cash_(cash) {}
  double value_at(double level) const override {
    return level < strike_ ? quantity_ * cash_ : 0.0;
  }

 private:
  double quantity_, strike_, cash_;
};

// The trade store's record to the library's object.
std::unique_ptr<Instrument> load_instrument(const Trade& trade) {
  switch (trade.kind) {
    case PayoffKind::forward:
      return std::make_unique<IndexForward>(trade.quantity, trade.strike);
    case PayoffKind::call:
      return std::make_unique<CallOption>(trade.quantity, trade.strike);
    case PayoffKind::put:
      return std::make_unique<PutOption>(trade.quantity, trade.strike);
    case PayoffKind::digital_call:
      return std::make_unique<DigitalCall>(trade.quantity, trade.strike, trade.cash);
    case PayoffKind::digital_put:
      break;
  }
  return std::make_unique<DigitalPut>(trade.quantity, trade.strike, trade.cash);
}

}  // namespace

std::vector<double> revalue_book(const StressRun& run) {
  std::vector<std::unique_ptr<Instrument>> book;
  book.reserve(run.trades.size());
  for (const Trade& trade : run.trades) book.push_back(load_instrument(trade));
  // Group the book by payoff class (booking order within a class). The sums are exact, so
  // the order in which the trades are added does not change them.
  std::stable_sort(book.begin(), book.end(),
                   [](const std::unique_ptr<Instrument>& a, const std::unique_ptr<Instrument>& b) {
                     const Instrument& x = *a;
                     const Instrument& y = *b;
                     return std::type_index(typeid(x)) < std::type_index(typeid(y));
                   });

  std::vector<double> values;
  values.reserve(run.levels.size());
  for (const double level : run.levels) {
    double total = 0.0;
    for (const std::unique_ptr<Instrument>& instrument : book) total += instrument->value_at(level);
    values.push_back(total);
  }
  return values;
}

}  // namespace kata::virtual_dispatch::solution
