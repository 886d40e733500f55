// Your file: make price_book fast. It starts as a copy of baseline.cpp.
// `kata check shared-ptr-churn` builds it, tests it against the baseline and measures it.
#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <span>
#include <stdexcept>
#include <thread>

#include "kata.hpp"

namespace kata::shared_ptr_churn::solution {

namespace {

// Once per run, before any worker starts: refuse a book without a usable curve.
void check_curve(CurvePtr curve) {
  if (!curve) throw std::invalid_argument("price_book: the book has no curve");
  if (curve->years.empty() || curve->years.size() != curve->zero_rates.size())
    throw std::invalid_argument("price_book: curve '" + curve->name + "' has no usable pillars");
}

// The curve library's free functions, as the rest of the risk code calls them.
double zero_rate(CurvePtr curve, double years) { return curve->zero_rate(years); }

// What one payment `years` from today is worth today, per unit paid.
double discount(CurvePtr curve, double years) {
  return std::exp(-zero_rate(curve, years) * years);
}

double price_bond(CurvePtr curve, const Bond& bond) {
  const double step = 1.0 / bond.frequency;
  const double coupon = bond.notional * bond.coupon_rate / bond.frequency;
  double pv = 0;
  for (double t = bond.maturity; t > 0; t -= step) pv += coupon * discount(curve, t);
  return pv + bond.notional * discount(curve, bond.maturity);
}

// One worker: prices bonds[i] into prices[i] for its slice of the book.
void price_slice(CurvePtr curve, std::span<const Bond> bonds, std::span<double> prices) {
  for (std::size_t i = 0; i < bonds.size(); ++i) prices[i] = price_bond(curve, bonds[i]);
}

}  // namespace

std::vector<double> price_book(const Book& book) {
  check_curve(book.curve);

  // One worker per core, two at most: the risk server runs other books side by side.
  const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 2);
  const std::size_t n = book.bonds.size();
  std::vector<double> prices(n);
  {
    // std::jthread joins in its destructor: every worker has finished when this block
    // ends -- also when starting a later one throws.
    std::vector<std::jthread> threads;
    threads.reserve(workers);
    const std::span<const Bond> bonds(book.bonds);
    const std::span<double> out(prices);
    for (std::size_t w = 0; w < workers; ++w) {
      const std::size_t begin = n * w / workers, end = n * (w + 1) / workers;
      threads.emplace_back(price_slice, book.curve, bonds.subspan(begin, end - begin),
                           out.subspan(begin, end - begin));
    }
  }
  return prices;
}

}  // namespace kata::shared_ptr_churn::solution
