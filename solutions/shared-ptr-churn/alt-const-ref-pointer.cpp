// Alternative fix: keep the CurvePtr in every signature, but as `const CurvePtr&`: the
// helpers borrow the caller's shared_ptr object instead of copying it, so the use count in
// the control block is never touched while pricing (one indirection more per call than
// borrowing the YieldCurve itself, which the compiler mostly hoists). The workers are
// started from a lambda that captures the book by reference, and joined by std::jthread.
#include <algorithm>
#include <cmath>
#include <memory>
#include <span>
#include <stdexcept>
#include <thread>

#include "kata.hpp"

namespace kata::shared_ptr_churn::solution {

namespace {

void check_curve(const CurvePtr& curve) {
  if (!curve) throw std::invalid_argument("price_book: the book has no curve");
  if (curve->years.empty() || curve->years.size() != curve->zero_rates.size())
    throw std::invalid_argument("price_book: curve '" + curve->name + "' has no usable pillars");
}

double zero_rate(const CurvePtr& curve, double years) { return curve->zero_rate(years); }

double discount(const CurvePtr& curve, double years) {
  return std::exp(-zero_rate(curve, years) * years);
}

double price_bond(const CurvePtr& curve, const Bond& bond) {
  const double step = 1.0 / bond.frequency;
  const double coupon = bond.notional * bond.coupon_rate / bond.frequency;
  double pv = 0;
  for (double t = bond.maturity; t > 0; t -= step) pv += coupon * discount(curve, t);
  return pv + bond.notional * discount(curve, bond.maturity);
}

}  // namespace

std::vector<double> price_book(const Book& book) {
  check_curve(book.curve);
  const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 2);
  const std::size_t n = book.bonds.size();
  std::vector<double> prices(n);
  {
    std::vector<std::jthread> threads;  // joined when the block ends, also on a throw
    threads.reserve(workers);
    for (std::size_t w = 0; w < workers; ++w) {
      threads.emplace_back([&book, &prices, begin = n * w / workers, end = n * (w + 1) / workers] {
        for (std::size_t i = begin; i < end; ++i) prices[i] = price_bond(book.curve, book.bonds[i]);
      });
    }
  }
  return prices;
}

}  // namespace kata::shared_ptr_churn::solution
