// A step in the right direction, not the whole way: the map is keyed by string_views into
// the symbol table, so no std::string is copied and nothing is allocated per point. But
// every point still hashes its whole name (22-35 bytes), walks a bucket and compares
// strings to find one of at most 200 series: the hashing, not the allocation, was most of
// the cost.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "kata.hpp"

namespace kata::string_keys::solution {

namespace {

void sort_by_name(std::vector<SeriesSummary>& rows) {
  std::sort(rows.begin(), rows.end(),
            [](const SeriesSummary& a, const SeriesSummary& b) { return a.name < b.name; });
}

}  // namespace

std::vector<SeriesSummary> aggregate(const PointBatch& batch) {
  std::unordered_map<std::string_view, SeriesSummary> by_name;
  for (const Point& point : batch.points) {
    const std::string_view name = batch.symbols[point.name_ref];
    SeriesSummary& series = by_name[name];
    if (series.count == 0) {
      series.min = point.value;
      series.max = point.value;
    }
    ++series.count;
    series.sum += point.value;
    series.min = std::min(series.min, point.value);
    series.max = std::max(series.max, point.value);
  }

  std::vector<SeriesSummary> rows;
  rows.reserve(by_name.size());
  for (auto& [name, series] : by_name) {
    series.name = std::string(name);
    rows.push_back(std::move(series));
  }
  sort_by_name(rows);
  return rows;
}

}  // namespace kata::string_keys::solution
