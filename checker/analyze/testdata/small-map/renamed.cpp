// Detector fixture: the baseline's per-event key string with other names, an index loop, a
// named key built with braces, and operator[] on a map of counters keyed by (pointer, size)
// strings. The key-string-per-event detector must still fire.
#include <map>
#include <unordered_map>

#include "kata.hpp"

namespace kata::small_map::solution {

std::vector<TypeStats> summarize(const LogBatch& in) {
  std::unordered_map<std::string, int> idx;
  for (int k = 0; k < static_cast<int>(kEventTypes.size()); ++k)
    idx[std::string(kEventTypes[static_cast<std::size_t>(k)])] = k;

  std::map<std::string, std::int64_t> bytes;
  std::vector<TypeStats> out(kEventTypes.size() + 1);
  std::size_t i = 0;
  while (i < in.events.size()) {
    const Event& e = in.events[i++];
    const std::string key{e.type};
    const auto hit = idx.find(key);
    const std::size_t r =
        hit == idx.end() ? kEventTypes.size() : static_cast<std::size_t>(hit->second);
    out[r].events += 1;
    bytes[std::string(e.type.data(), e.type.size())] += static_cast<std::int64_t>(e.message.size());
    out[r].message_bytes += static_cast<std::int64_t>(e.message.size());
  }
  for (std::size_t r = 0; r < kEventTypes.size(); ++r) out[r].type = std::string(kEventTypes[r]);
  out.back().type = "other";
  return out;
}

}  // namespace kata::small_map::solution
