// Detector fixture: the baseline's shared_ptr copied per payment, with other names and
// shapes: the pointer type spelled out and const (still by value), a while loop over the
// payments, the bonds priced by std::transform with a lambda, the workers started from a
// lambda. The detector must still fire.
#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <thread>

#include "kata.hpp"

namespace kata::shared_ptr_churn::solution {

namespace {

double df_at(const std::shared_ptr<const YieldCurve> snap, double when) {
  return std::exp(-snap->zero_rate(when) * when);
}

double value_of(std::shared_ptr<const YieldCurve> snap, const Bond& b) {
  double acc = 0;
  double when = b.maturity;
  const double cpn = b.notional * b.coupon_rate / b.frequency;
  while (when > 0) {
    acc += cpn * df_at(snap, when);
    when -= 1.0 / b.frequency;
  }
  return acc + b.notional * df_at(snap, b.maturity);
}

}  // namespace

std::vector<double> price_book(const Book& in) {
  if (!in.curve || in.curve->years.empty() || in.curve->years.size() != in.curve->zero_rates.size())
    throw std::invalid_argument("no curve");
  std::vector<double> out(in.bonds.size());
  const std::size_t half = in.bonds.size() / 2;
  {
    std::vector<std::jthread> crew;
    for (int part = 0; part < 2; ++part) {
      crew.emplace_back([&, part] {
        const auto lo = in.bonds.begin() + (part == 0 ? 0 : static_cast<std::ptrdiff_t>(half));
        const auto hi = part == 0 ? in.bonds.begin() + static_cast<std::ptrdiff_t>(half) : in.bonds.end();
        std::transform(lo, hi, out.begin() + (lo - in.bonds.begin()),
                       [&](const Bond& b) { return value_of(in.curve, b); });
      });
    }
  }
  return out;
}

}  // namespace kata::shared_ptr_churn::solution
