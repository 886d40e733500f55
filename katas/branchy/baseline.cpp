// The query's filter as first written: walk the column, keep each amount above the bound.
// Never edited: the checker measures yours against it.
#include "kata.hpp"

namespace kata::branchy::baseline {

std::vector<std::int32_t> amounts_above(const AmountColumn& column) {
  std::vector<std::int32_t> selected;
  selected.reserve(column.amount_cents.size());  // at most every payment: never reallocates
  for (const std::int32_t amount : column.amount_cents) {
    if (amount > column.threshold_cents) selected.push_back(amount);
  }
  return selected;
}

}  // namespace kata::branchy::baseline
