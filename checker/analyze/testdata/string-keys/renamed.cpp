// Detector fixture: the baseline's string-keyed lookup per point with other names, an index
// loop over a copy of the points' reference, find/try_emplace instead of operator[], and a
// std::map keyed by string_view. The string-key-per-point detector must still fire.
#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "kata.hpp"

namespace kata::string_keys::solution {

std::vector<SeriesSummary> aggregate(const PointBatch& in) {
  std::unordered_map<std::string, std::size_t> slot;
  std::map<std::string_view, std::int64_t> seen;
  std::vector<SeriesSummary> acc;
  const std::vector<Point>& pts = in.points;
  for (std::size_t i = 0; i < pts.size(); ++i) {
    const std::string key = in.symbols[pts[i].name_ref];
    auto it = slot.find(key);
    if (it == slot.end()) {
      it = slot.try_emplace(key, acc.size()).first;
      acc.push_back({key, 0, 0, pts[i].value, pts[i].value});
    }
    seen.insert_or_assign(std::string_view(key), static_cast<std::int64_t>(i));
    SeriesSummary& s = acc[it->second];
    s.count += 1;
    s.sum += pts[i].value;
    s.min = std::min(s.min, pts[i].value);
    s.max = std::max(s.max, pts[i].value);
  }
  std::sort(acc.begin(), acc.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return acc;
}

}  // namespace kata::string_keys::solution
