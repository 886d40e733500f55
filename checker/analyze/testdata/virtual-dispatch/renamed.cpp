// Detector fixture: the baseline's virtual call per trade per scenario with other names and
// shapes: shared_ptr-owned objects, an index-based while loop over the scenarios, a counted
// for loop over the book, and the call made through a reference. The detector must still
// fire.
#include <memory>

#include "kata.hpp"

namespace kata::virtual_dispatch::solution {

namespace {

struct Contract {
  virtual ~Contract() = default;
  virtual double pv(double spot) const = 0;
};

struct Linear : Contract {
  double n = 0, k = 0;
  double pv(double spot) const override { return n * (spot - k); }
};

struct Convex : Contract {
  double n = 0, k = 0, sign = 1;
  double pv(double spot) const override { return n * std::max(sign * (spot - k), 0.0); }
};

struct Binary : Contract {
  double n = 0, k = 0, sign = 1;
  double pv(double spot) const override { return sign * (spot - k) > 0 ? n : 0.0; }
};

std::shared_ptr<Contract> make(const Trade& t) {
  if (t.kind == PayoffKind::forward) {
    auto c = std::make_shared<Linear>();
    c->n = t.quantity;
    c->k = t.strike;
    return c;
  }
  const double sign =
      t.kind == PayoffKind::call || t.kind == PayoffKind::digital_call ? 1.0 : -1.0;
  if (t.kind == PayoffKind::call || t.kind == PayoffKind::put) {
    auto c = std::make_shared<Convex>();
    c->n = t.quantity;
    c->k = t.strike;
    c->sign = sign;
    return c;
  }
  auto c = std::make_shared<Binary>();
  c->n = t.quantity * t.cash;
  c->k = t.strike;
  c->sign = sign;
  return c;
}

}  // namespace

std::vector<double> revalue_book(const StressRun& r) {
  std::vector<std::shared_ptr<Contract>> positions;
  for (const auto& t : r.trades) positions.push_back(make(t));
  std::vector<double> out(r.levels.size());
  std::size_t s = 0;
  while (s < r.levels.size()) {
    double sum = 0;
    for (std::size_t i = 0; i < positions.size(); ++i) {
      const Contract& c = *positions[i];
      sum += c.pv(r.levels[s]);
    }
    out[s++] = sum;
  }
  return out;
}

}  // namespace kata::virtual_dispatch::solution
