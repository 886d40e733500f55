// Alternative: intern by sorting instead of hashing. The refs are sorted by their name
// once per batch (a few hundred entries), equal names become runs, and each run gets the
// next id, so ids are already in name order and the output needs no final sort. The
// per-point loop is the reference's: an array lookup and four integer updates. Sorting
// costs O(s log s) string comparisons for s symbols instead of s hashes: either is noise
// next to a million points.
#include <algorithm>
#include <limits>
#include <numeric>

#include "kata.hpp"

namespace kata::string_keys::solution {

std::vector<SeriesSummary> aggregate(const PointBatch& batch) {
  const std::vector<std::string>& symbols = batch.symbols;
  std::vector<std::uint32_t> refs_by_name(symbols.size());
  std::iota(refs_by_name.begin(), refs_by_name.end(), 0u);
  std::sort(refs_by_name.begin(), refs_by_name.end(),
            [&](std::uint32_t a, std::uint32_t b) { return symbols[a] < symbols[b]; });

  std::vector<std::uint32_t> id_of_ref(symbols.size());
  std::vector<std::uint32_t> first_ref_of_id;
  for (std::size_t i = 0; i < refs_by_name.size(); ++i) {
    const std::uint32_t ref = refs_by_name[i];
    if (i == 0 || symbols[ref] != symbols[refs_by_name[i - 1]]) first_ref_of_id.push_back(ref);
    id_of_ref[ref] = static_cast<std::uint32_t>(first_ref_of_id.size() - 1);
  }

  std::vector<SeriesSummary> by_id(first_ref_of_id.size());
  for (SeriesSummary& series : by_id) {
    series.min = std::numeric_limits<std::int64_t>::max();
    series.max = std::numeric_limits<std::int64_t>::min();
  }
  for (const Point& point : batch.points) {
    SeriesSummary& series = by_id[id_of_ref[point.name_ref]];
    ++series.count;
    series.sum += point.value;
    series.min = std::min(series.min, point.value);
    series.max = std::max(series.max, point.value);
  }

  std::vector<SeriesSummary> rows;
  rows.reserve(by_id.size());
  for (std::size_t id = 0; id < by_id.size(); ++id) {
    if (by_id[id].count == 0) continue;  // a name no point refers to
    rows.push_back(std::move(by_id[id]));
    rows.back().name = symbols[first_ref_of_id[id]];
  }
  return rows;
}

}  // namespace kata::string_keys::solution
