// Detector fixture: the baseline's branchy filter with other names and shapes: an indexed
// while loop, the comparison written the other way round, a store through a moving raw
// pointer in braces, and a second filter using emplace_back. The detector must still fire.
#include "kata.hpp"

namespace kata::branchy::solution {

namespace {

std::size_t keep_larger(const std::int32_t* first, std::size_t n, std::int32_t bound,
                        std::int32_t* dst) {
  std::int32_t* const start = dst;
  std::size_t i = 0;
  while (i != n) {
    const std::int32_t v = first[i++];
    if (bound < v) {
      *dst++ = v;
    }
  }
  return static_cast<std::size_t>(dst - start);
}

}  // namespace

std::vector<std::int32_t> amounts_above(const AmountColumn& c) {
  if (c.amount_cents.size() < 64) {
    std::vector<std::int32_t> few;
    for (std::size_t j = 0; j < c.amount_cents.size(); ++j)
      if ((c.amount_cents[j] > c.threshold_cents)) few.emplace_back(c.amount_cents[j]);
    return few;
  }
  std::vector<std::int32_t> picked(c.amount_cents.size());
  picked.resize(keep_larger(c.amount_cents.data(), c.amount_cents.size(), c.threshold_cents,
                            picked.data()));
  return picked;
}

}  // namespace kata::branchy::solution
