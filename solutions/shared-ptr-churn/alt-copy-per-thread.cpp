// Alternative fix: "copy the shared_ptr once per thread". Each worker takes its own owning
// copy of the snapshot when it starts (one increment and one decrement per worker, per
// run: nothing) and hands a plain `const YieldCurve*` to the helpers, which never touch
// the use count. The worker would stay safe even if it outlived the caller's Book -- the
// shape to use when threads are not joined inside the call. Here they are: plain
// std::threads, joined by a scope guard on every path, including when starting the second
// one throws.
#include <algorithm>
#include <cmath>
#include <memory>
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

double discount(const YieldCurve* curve, double years) {
  return std::exp(-curve->zero_rate(years) * years);
}

double price_bond(const YieldCurve* curve, const Bond& bond) {
  const double step = 1.0 / bond.frequency;
  const double coupon = bond.notional * bond.coupon_rate / bond.frequency;
  double pv = 0;
  for (double t = bond.maturity; t > 0; t -= step) pv += coupon * discount(curve, t);
  return pv + bond.notional * discount(curve, bond.maturity);
}

// Joins every started thread when it goes out of scope.
struct JoinAll {
  std::vector<std::thread>& threads;
  ~JoinAll() {
    for (std::thread& t : threads)
      if (t.joinable()) t.join();
  }
};

}  // namespace

std::vector<double> price_book(const Book& book) {
  check_curve(book.curve);
  const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 2);
  const std::size_t n = book.bonds.size();
  std::vector<double> prices(n);

  std::vector<std::thread> threads;
  threads.reserve(workers);
  {
    const JoinAll join{threads};
    for (std::size_t w = 0; w < workers; ++w) {
      // The lambda's copy of the CurvePtr is this worker's one copy; it dies with the worker.
      threads.emplace_back([mine = book.curve, bonds = book.bonds.data(), out = prices.data(),
                            begin = n * w / workers, end = n * (w + 1) / workers] {
        const YieldCurve* curve = mine.get();
        for (std::size_t i = begin; i < end; ++i) out[i] = price_bond(curve, bonds[i]);
      });
    }
  }
  return prices;
}

}  // namespace kata::shared_ptr_churn::solution
