// A step, not the fix: the buffer is sized up front and written by index, so push_back's
// capacity check and end-pointer update are gone, and the threshold sits in a register.
// But the `if` that decides whether to store is still there, and it is taken for a random
// half of the payments: the predictor still misses every second one, and those misses are
// what the baseline's time is made of. About as fast as the baseline.
#include "kata.hpp"

namespace kata::branchy::solution {

std::vector<std::int32_t> amounts_above(const AmountColumn& column) {
  const std::int32_t threshold = column.threshold_cents;
  std::vector<std::int32_t> selected(column.amount_cents.size());
  std::size_t count = 0;
  for (const std::int32_t amount : column.amount_cents) {
    if (amount > threshold) selected[count++] = amount;
  }
  selected.resize(count);
  return selected;
}

}  // namespace kata::branchy::solution
