#pragma once
// virtual-dispatch: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::virtual_dispatch {

// The payoffs the equity-index desk trades, as the trade store records them.
enum class PayoffKind : std::uint8_t {
  forward,       // buys (or sells) the index at `strike` on the expiry date
  call,          // the right to buy the index at `strike`
  put,           // the right to sell the index at `strike`
  digital_call,  // pays `cash` per contract if the index ends above `strike`
  digital_put,   // pays `cash` per contract if the index ends below `strike`
};

// One trade of the book. Prices and levels are index points, in quarter-point ticks.
struct Trade {
  PayoffKind kind = PayoffKind::forward;
  double quantity = 0;  // contracts, signed: negative when the desk sold them
  double strike = 0;    // the option's strike, or the forward's agreed price
  double cash = 0;      // digitals: paid per contract when they finish in the money
};

// What one contract is worth if the index stands at `level` on the expiry date:
//   forward:       level - strike
//   call:          max(level - strike, 0)        put:          max(strike - level, 0)
//   digital_call:  cash if level > strike, else 0
//   digital_put:   cash if level < strike, else 0
// A trade is worth quantity times that; the book is worth the sum over its trades.
//
// One night's stress run: the book, and the index level under each historical scenario
// (today's level moved by the index's return on each of the last trading days).
struct StressRun {
  std::vector<Trade> trades;
  std::vector<double> levels;
};

// The book's value at each scenario level, in the order of `run.levels`. (Every price in
// a generated run is a whole number of quarter points and every quantity a whole number,
// so the sums are exact in double: any order of adding them gives the same result.)
namespace baseline {
std::vector<double> revalue_book(const StressRun& run);
}
namespace solution {
std::vector<double> revalue_book(const StressRun& run);
}

// Historical scenarios per stress run: a year of trading days.
inline constexpr std::size_t kScenarios = 250;

// The inputs the tests and the benchmark use: a book of `trades` trades on an index
// around 5,000 points, the kinds mixed in the order the desk booked them (20% forwards,
// 25% calls, 25% puts, 15% digital calls, 15% digital puts), and kScenarios levels, drawn
// from `seed`. Like most options desks', the book is mostly out of the money: calls struck
// up to 20% above today's level, puts up to 20% below it.
inline StressRun make_stress_run(std::size_t trades, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  StressRun run;
  const double spot = static_cast<double>(rng.between(4'000, 6'000));
  const auto quarter_points = [](double level) { return std::round(level * 4.0) / 4.0; };
  run.levels.reserve(kScenarios);
  for (std::size_t day = 0; day < kScenarios; ++day) {
    // A daily return of about ±1.2% (a sum of uniforms), one day in fifty a crash or rally.
    double daily = (rng.unit() + rng.unit() + rng.unit() + rng.unit() - 2.0) * 0.02;
    if (rng.chance(0.02)) daily = (rng.unit() - 0.6) * 0.2;
    run.levels.push_back(quarter_points(spot * (1.0 + daily)));
  }
  run.trades.reserve(trades);
  for (std::size_t i = 0; i < trades; ++i) {
    Trade trade;
    const double draw = rng.unit();
    trade.kind = draw < 0.20   ? PayoffKind::forward
                 : draw < 0.45 ? PayoffKind::call
                 : draw < 0.70 ? PayoffKind::put
                 : draw < 0.85 ? PayoffKind::digital_call
                               : PayoffKind::digital_put;
    const std::int64_t lots = rng.between(1, 200);
    trade.quantity = static_cast<double>(rng.chance(0.5) ? lots : -lots);
    // Option strikes lie on the exchange's 25-point grid.
    const auto on_grid = [](double level) { return 25.0 * std::round(level / 25.0); };
    switch (trade.kind) {
      case PayoffKind::forward:
        trade.strike = quarter_points(spot * (0.98 + 0.04 * rng.unit()));
        break;
      case PayoffKind::call:
      case PayoffKind::digital_call:
        trade.strike = on_grid(spot * (1.0 + 0.2 * rng.unit()));
        break;
      case PayoffKind::put:
      case PayoffKind::digital_put:
        trade.strike = on_grid(spot * (1.0 - 0.2 * rng.unit()));
        break;
    }
    if (trade.kind == PayoffKind::digital_call || trade.kind == PayoffKind::digital_put)
      trade.cash = 25.0 * static_cast<double>(rng.between(1, 40));
    run.trades.push_back(trade);
  }
  return run;
}

}  // namespace kata::virtual_dispatch
