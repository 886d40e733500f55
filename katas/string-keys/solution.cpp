// Your file: make aggregate fast. It starts as a copy of baseline.cpp.
// `kata check string-keys` builds it, tests it against the baseline and measures it.
#include <algorithm>
#include <unordered_map>

#include "kata.hpp"

namespace kata::string_keys::solution {

namespace {

// A point with its series name resolved: what the rest of the pipeline works with.
struct Sample {
  std::string name;
  std::int64_t value = 0;
};

Sample resolve(const PointBatch& batch, const Point& point) {
  return {batch.symbols[point.name_ref], point.value};
}

// The exporter wants the series in name order. Runs once per batch.
void sort_by_name(std::vector<SeriesSummary>& rows) {
  std::sort(rows.begin(), rows.end(),
            [](const SeriesSummary& a, const SeriesSummary& b) { return a.name < b.name; });
}

}  // namespace

std::vector<SeriesSummary> aggregate(const PointBatch& batch) {
  std::unordered_map<std::string, SeriesSummary> by_name;
  for (const Point& point : batch.points) {
    const Sample sample = resolve(batch, point);
    SeriesSummary& series = by_name[sample.name];
    if (series.count == 0) {
      series.name = sample.name;
      series.min = sample.value;
      series.max = sample.value;
    }
    ++series.count;
    series.sum += sample.value;
    series.min = std::min(series.min, sample.value);
    series.max = std::max(series.max, sample.value);
  }

  std::vector<SeriesSummary> rows;
  rows.reserve(by_name.size());
  for (auto& [name, series] : by_name) rows.push_back(std::move(series));
  sort_by_name(rows);
  return rows;
}

}  // namespace kata::string_keys::solution
