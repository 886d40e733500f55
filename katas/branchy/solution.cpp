// Your file: make amounts_above fast. It starts as a copy of baseline.cpp.
// `kata check branchy` builds it, tests it against the baseline and measures it.
#include "kata.hpp"

namespace kata::branchy::solution {

std::vector<std::int32_t> amounts_above(const AmountColumn& column) {
  std::vector<std::int32_t> selected;
  selected.reserve(column.amount_cents.size());  // at most every payment: never reallocates
  for (const std::int32_t amount : column.amount_cents) {
    if (amount > column.threshold_cents) selected.push_back(amount);
  }
  return selected;
}

}  // namespace kata::branchy::solution
