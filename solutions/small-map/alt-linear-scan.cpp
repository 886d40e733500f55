// Alternative: no map at all. For eight keys a linear scan over kEventTypes, comparing
// string_views, is cheaper than any hashing: most comparisons stop at the length check,
// and the eight names sit in two cache lines. No allocation per event. It costs up to
// eight comparisons for an unknown type and the loop's exit branch is hard to predict, so
// it is slower than the reference's one-candidate table, but it is the simplest fix.
#include "kata.hpp"

namespace kata::small_map::solution {

std::vector<TypeStats> summarize(const LogBatch& batch) {
  constexpr std::size_t other = kEventTypes.size();
  std::array<std::int64_t, other + 1> events{};
  std::array<std::int64_t, other + 1> message_bytes{};
  for (const Event& event : batch.events) {
    std::size_t row = 0;
    while (row < other && kEventTypes[row] != event.type) ++row;
    ++events[row];
    message_bytes[row] += static_cast<std::int64_t>(event.message.size());
  }

  std::vector<TypeStats> rows;
  rows.reserve(other + 1);
  for (std::size_t row = 0; row < other; ++row)
    rows.push_back({std::string(kEventTypes[row]), events[row], message_bytes[row]});
  rows.push_back({"other", events[other], message_bytes[other]});
  return rows;
}

}  // namespace kata::small_map::solution
