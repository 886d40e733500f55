#pragma once
// shared-ptr-churn: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "kata/random.hpp"

namespace kata::shared_ptr_churn {

// One snapshot of a zero-coupon yield curve, as the market-data service publishes it:
// pillar maturities in years (strictly increasing) and the continuously compounded zero
// rate at each. A snapshot is immutable once published; a newer curve is a new snapshot,
// handed out as std::shared_ptr<const YieldCurve> so that a pricing run that started on
// the old one keeps it alive until it is done.
struct YieldCurve {
  std::string name;  // e.g. "USD-SOFR EOD 2026-11-20"
  std::vector<double> years;
  std::vector<double> zero_rates;

  // The curve library's interpolation (keep it: it defines the prices): the zero rate for
  // a payment `t` years from today, interpolated linearly between the pillars and held
  // flat beyond the first and the last. The payment's discount factor is
  // exp(-zero_rate(t) * t).
  double zero_rate(double t) const {
    if (t <= years.front()) return zero_rates.front();
    if (t >= years.back()) return zero_rates.back();
    const std::size_t hi =
        static_cast<std::size_t>(std::upper_bound(years.begin(), years.end(), t) - years.begin());
    const std::size_t lo = hi - 1;
    const double w = (t - years[lo]) / (years[hi] - years[lo]);
    return zero_rates[lo] + w * (zero_rates[hi] - zero_rates[lo]);
  }
};

// A fixed-rate bullet bond in the book: pays notional * coupon_rate / frequency every
// 1 / frequency years, the last coupon `maturity` years from today, and the notional
// with the last coupon.
struct Bond {
  double notional = 0;     // e.g. 1,000,000
  double coupon_rate = 0;  // annual, e.g. 0.0425
  double maturity = 0;     // years to the last payment, > 0
  int frequency = 1;       // coupons a year: 1, 2 or 4
};

// How the market-data service hands snapshots out.
using CurvePtr = std::shared_ptr<const YieldCurve>;

// One end-of-day revaluation run: the book and the curve snapshot to price it on.
struct Book {
  CurvePtr curve;
  std::vector<Bond> bonds;
};

// The bond's present value on `curve`: every coupon, from the last (at `maturity`)
// backwards in steps of 1 / frequency while the payment is still in the future, discounted
// (times exp(-zero_rate(t) * t)) and summed in that order, plus the notional discounted
// from `maturity`. (The baseline does this arithmetic; your solution must give the same
// prices to 1e-12, relative.)
//
// price_book returns the present value of every bond of the book, in book order. Throws
// std::invalid_argument when the book has no curve or the curve has no pillars (or
// `years` and `zero_rates` differ in length).
namespace baseline {
std::vector<double> price_book(const Book& book);
}
namespace solution {
std::vector<double> price_book(const Book& book);
}

// The curve the tests and the benchmark use, drawn from `seed`: 16 pillars from one month
// to 50 years, an upward-sloping curve around 3-5% with some noise.
inline CurvePtr make_curve(std::uint64_t seed) {
  static constexpr double pillars[] = {1.0 / 12, 0.25, 0.5, 1, 2, 3, 4, 5,
                                       7,        10,   12,  15, 20, 25, 30, 50};
  kata::random::Rng rng(kata::random::derive_seed(seed, 0xc0));
  auto curve = std::make_shared<YieldCurve>();
  curve->name = "USD-SOFR EOD #" + std::to_string(seed % 100000);
  const double base = 0.03 + 0.01 * rng.unit();
  for (double t : pillars) {
    curve->years.push_back(t);
    curve->zero_rates.push_back(base + 0.012 * std::log1p(t) / std::log1p(50.0) +
                                0.002 * (rng.unit() - 0.5));
  }
  return curve;
}

// The inputs the tests and the benchmark use: a book of `count` bonds drawn from `seed`,
// priced on make_curve(seed). Maturities 0.1-30 years, annual, semi-annual or quarterly
// coupons (about 35 payments a bond on average), coupons 0-8%.
inline Book make_book(std::size_t count, std::uint64_t seed) {
  static constexpr int frequencies[] = {1, 2, 2, 4};
  kata::random::Rng rng(seed);
  Book book;
  book.curve = make_curve(seed);
  book.bonds.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    Bond bond;
    bond.notional = 1000.0 * static_cast<double>(rng.between(1, 5000));
    bond.coupon_rate = rng.chance(0.05) ? 0.0 : 0.0025 * static_cast<double>(rng.between(1, 32));
    bond.maturity = 0.1 + 29.9 * rng.unit();
    bond.frequency = frequencies[rng.next() % std::size(frequencies)];
    book.bonds.push_back(bond);
  }
  return book;
}

}  // namespace kata::shared_ptr_churn
