#pragma once
// branchy: the interface the baseline and your solution share. Do not edit: the checker
// builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::branchy {

// One column of the day's payments table, as the in-memory column store keeps it: the
// amounts in cents, in the order the payments were booked (refunds are negative), and the
// query's parameter.
struct AmountColumn {
  std::vector<std::int32_t> amount_cents;
  std::int32_t threshold_cents;  // the query's bound: yesterday's median amount
};

// SELECT amount FROM payments WHERE amount > :threshold
// The amounts strictly greater than threshold_cents, in booking order (an amount equal to
// the threshold is not selected).
namespace baseline {
std::vector<std::int32_t> amounts_above(const AmountColumn& column);
}
namespace solution {
std::vector<std::int32_t> amounts_above(const AmountColumn& column);
}

// The inputs the tests and the benchmark use: a day of `count` payments drawn from `seed`.
// Amounts are spread over five orders of magnitude ($1 to $10,000, every value equally
// likely within a decade), about 2% are refunds, and the threshold is the median of the
// distribution ($100.00), so about half the payments are selected, in no order a branch
// predictor could learn: one payment's amount says nothing about the next one's.
inline AmountColumn make_column(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  AmountColumn column;
  column.threshold_cents = 10'000;
  column.amount_cents.reserve(count);
  static constexpr std::int32_t decade_start[] = {100, 1'000, 10'000, 100'000};
  for (std::size_t i = 0; i < count; ++i) {
    // Decades $1-$10, $10-$100 below the threshold; $100-$1,000, $1,000-$10,000 above it.
    const std::int32_t low = decade_start[rng.next() % 4];
    auto amount = static_cast<std::int32_t>(rng.between(low, 10 * low - 1));
    if (rng.next() % 50 == 0) amount = -amount;  // a refund
    column.amount_cents.push_back(amount);
  }
  return column;
}

}  // namespace kata::branchy
