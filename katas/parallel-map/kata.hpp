#pragma once
// parallel-map: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file -- including the
// pricing formulas below, so they cannot be made faster from here.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::parallel_map {

// One listed equity option in the book: a European call on `spot`, struck at `strike`,
// `expiry` years from today, with the desk's implied volatility and the risk-free rate
// (both per year, continuously compounded).
struct OptionPosition {
  double spot = 0.0;
  double strike = 0.0;
  double volatility = 0.0;
  double rate = 0.0;
  double expiry = 0.0;
};

// What the end-of-day risk run reports for one position: its Black-Scholes value and the
// sensitivities the desk hedges with.
struct Greeks {
  double delta = 0.0;  // d value / d spot
  double gamma = 0.0;  // d delta / d spot
  double vega = 0.0;   // d value / d volatility, per volatility point (0.01)
  bool operator==(const Greeks&) const = default;
};

struct Valuation {
  double value = 0.0;
  Greeks greeks;
  bool operator==(const Valuation&) const = default;
};

// The standard normal cumulative distribution.
inline double normal_cdf(double x) { return 0.5 * std::erfc(-x * 0.7071067811865476); }

// The Black-Scholes value of the call: a logarithm, a square root, an exponential and two
// complementary error functions -- about 0.1 us, and nothing shared between positions.
inline double call_value(const OptionPosition& o) {
  const double sd = o.volatility * std::sqrt(o.expiry);
  const double d1 =
      (std::log(o.spot / o.strike) + (o.rate + 0.5 * o.volatility * o.volatility) * o.expiry) / sd;
  const double d2 = d1 - sd;
  return o.spot * normal_cdf(d1) - o.strike * std::exp(-o.rate * o.expiry) * normal_cdf(d2);
}

// The desk's greeks are bump-and-reprice, as for its exotic books (whatever the pricer,
// the risk matches it): the call is revalued with spot 1% up and down and with one more
// volatility point, and `value` is the unbumped call_value(o). Three more valuations.
inline Greeks call_greeks(const OptionPosition& o, double value) {
  const double bump = 0.01 * o.spot;
  OptionPosition spot_up = o;
  spot_up.spot += bump;
  OptionPosition spot_down = o;
  spot_down.spot -= bump;
  OptionPosition vol_up = o;
  vol_up.volatility += 0.01;
  const double up = call_value(spot_up);
  const double down = call_value(spot_down);
  Greeks g;
  g.delta = (up - down) / (2.0 * bump);
  g.gamma = (up - 2.0 * value + down) / (bump * bump);
  g.vega = call_value(vol_up) - value;
  return g;
}

// The book the risk run values.
struct Book {
  std::vector<OptionPosition> positions;
};

// Values every position of the book, in order: result[i].value is call_value(positions[i])
// and result[i].greeks is call_greeks(positions[i], result[i].value), bit for bit.
namespace baseline {
std::vector<Valuation> value_book(const Book& book);
}
namespace solution {
std::vector<Valuation> value_book(const Book& book);
}

// A book of `count` positions drawn from `seed`: spots 5-500, strikes 50%-200% of spot,
// volatilities 5%-90%, rates 0-6%, expiries from a week to three years.
inline Book make_book(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  Book book;
  book.positions.resize(count);
  for (OptionPosition& o : book.positions) {
    o.spot = 5.0 + rng.unit() * 495.0;
    o.strike = o.spot * (0.5 + rng.unit() * 1.5);
    o.volatility = 0.05 + rng.unit() * 0.85;
    o.rate = rng.unit() * 0.06;
    o.expiry = 7.0 / 365.0 + rng.unit() * 3.0;
  }
  return book;
}

}  // namespace kata::parallel_map
