// Alternative: one pass, branch-free, in blocks. The result reserves room for every payment
// up front, as the baseline does, and is grown a block at a time just before the block is
// written (the zeroing of 16 KB is cache-hot and cheap), so it touches no more fresh pages
// than the selection needs. Inside a block every amount is stored at the cursor, and the
// cursor moves on by the comparison's 0 or 1: no jump depends on the data.
#include <algorithm>

#include "kata.hpp"

namespace kata::branchy::solution {

std::vector<std::int32_t> amounts_above(const AmountColumn& column) {
  constexpr std::size_t block = 4096;
  const std::int32_t threshold = column.threshold_cents;
  const std::vector<std::int32_t>& amounts = column.amount_cents;
  std::vector<std::int32_t> selected;
  selected.reserve(amounts.size());
  std::size_t count = 0;
  for (std::size_t start = 0; start < amounts.size(); start += block) {
    const std::size_t end = std::min(amounts.size(), start + block);
    selected.resize(count + (end - start));  // room for the whole block; never reallocates
    std::int32_t* const out = selected.data();
    for (std::size_t i = start; i < end; ++i) {
      out[count] = amounts[i];
      count += static_cast<std::size_t>(amounts[i] > threshold);
    }
    selected.resize(count);
  }
  return selected;
}

}  // namespace kata::branchy::solution
