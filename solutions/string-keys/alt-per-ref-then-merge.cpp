// Alternative: do not intern up front at all. Aggregate by the point's ref directly (the
// refs are already small integers: one accumulator per symbol-table entry), then, once
// per batch, merge the accumulators of refs that carry the same name, using a map keyed by
// name over the few hundred entries. The hot loop never looks at a string; the names are
// hashed once per symbol at the end instead of once per point. Merging is exact because
// count, sum, min and max are all associative on integers.
#include <algorithm>
#include <limits>
#include <map>
#include <string_view>

#include "kata.hpp"

namespace kata::string_keys::solution {

namespace {

struct Accumulator {
  std::int64_t count = 0;
  std::int64_t sum = 0;
  std::int64_t min = std::numeric_limits<std::int64_t>::max();
  std::int64_t max = std::numeric_limits<std::int64_t>::min();

  void merge(const Accumulator& other) {
    count += other.count;
    sum += other.sum;
    min = std::min(min, other.min);
    max = std::max(max, other.max);
  }
};

}  // namespace

std::vector<SeriesSummary> aggregate(const PointBatch& batch) {
  std::vector<Accumulator> by_ref(batch.symbols.size());
  for (const Point& point : batch.points) {
    Accumulator& series = by_ref[point.name_ref];
    ++series.count;
    series.sum += point.value;
    series.min = std::min(series.min, point.value);
    series.max = std::max(series.max, point.value);
  }

  // Once per batch: refs with the same name become one series, in name order.
  std::map<std::string_view, Accumulator> by_name;
  for (std::size_t ref = 0; ref < by_ref.size(); ++ref)
    if (by_ref[ref].count > 0) by_name[batch.symbols[ref]].merge(by_ref[ref]);

  std::vector<SeriesSummary> rows;
  rows.reserve(by_name.size());
  for (const auto& [name, series] : by_name)
    rows.push_back({std::string(name), series.count, series.sum, series.min, series.max});
  return rows;
}

}  // namespace kata::string_keys::solution
