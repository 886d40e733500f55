// Alternative: the same branch-free selection with a raw write cursor, as a column store's
// filter kernel would write it. The cursor always receives the amount and advances by the
// comparison (a bool is 0 or 1), so no branch depends on the data. The threshold is read
// once into a local, and the loop is unrolled by hand into pairs.
#include "kata.hpp"

namespace kata::branchy::solution {

std::vector<std::int32_t> amounts_above(const AmountColumn& column) {
  const std::int32_t threshold = column.threshold_cents;
  const std::int32_t* in = column.amount_cents.data();
  const std::size_t n = column.amount_cents.size();
  std::vector<std::int32_t> selected(n);
  std::int32_t* out = selected.data();
  std::size_t i = 0;
  for (; i + 2 <= n; i += 2) {
    const std::int32_t first = in[i];
    const std::int32_t second = in[i + 1];
    *out = first;
    out += first > threshold;
    *out = second;
    out += second > threshold;
  }
  if (i < n) {
    *out = in[i];
    out += in[i] > threshold;
  }
  selected.resize(static_cast<std::size_t>(out - selected.data()));
  return selected;
}

}  // namespace kata::branchy::solution
