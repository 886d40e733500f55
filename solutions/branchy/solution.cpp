// Reference: select without a data-dependent branch. The baseline's `if` is taken for a
// random half of the payments, so the branch predictor is wrong about every second one and
// each miss throws away ~15-20 cycles of work already in flight: that is most of its time.
// Here the comparison's result (0 or 1) is used as data, never as a jump:
//   1. count the selected amounts: a sum of comparisons (clang vectorises it: pcmpgtd/paddq;
//      g++ -O2 keeps it scalar, setl/add), so the result is allocated at its exact size and
//      touches no more fresh pages than the baseline's;
//   2. store every amount at the next free slot and move the slot on by the comparison
//      (setg/setl + add): a rejected amount is overwritten by the next one. One slot of
//      slack takes the last rejected amount, then it is dropped.
// Both loops run the same instructions whatever the data: nothing for the predictor to guess.
#include <algorithm>

#include "kata.hpp"

namespace kata::branchy::solution {

std::vector<std::int32_t> amounts_above(const AmountColumn& column) {
  const std::int32_t threshold = column.threshold_cents;
  const std::vector<std::int32_t>& amounts = column.amount_cents;
  const auto count = static_cast<std::size_t>(std::count_if(
      amounts.begin(), amounts.end(), [threshold](std::int32_t a) { return a > threshold; }));

  std::vector<std::int32_t> selected(count + 1);
  std::size_t next = 0;
  for (const std::int32_t amount : amounts) {
    selected[next] = amount;                               // always store ...
    next += static_cast<std::size_t>(amount > threshold);  // ... keep it only if it passed
  }
  selected.pop_back();  // the slack slot (next == count here)
  return selected;
}

}  // namespace kata::branchy::solution
