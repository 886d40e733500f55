// Detector fixture: the baseline's tree lookup with other names, a std::multimap keyed by
// the first address, upper_bound instead of lower_bound, and an index loop. The
// tree-lookup detector must still fire.
#include <iterator>
#include <map>

#include "kata.hpp"

namespace kata::read_mostly_map::solution {

CountryTally count_by_country(const GeoBatch& in) {
  std::multimap<std::uint32_t, IpRange> by_start;
  std::size_t r = 0;
  while (r < in.ranges.size()) {
    by_start.insert({in.ranges[r].first, in.ranges[r]});
    ++r;
  }
  CountryTally out;
  out.requests = std::vector<std::uint64_t>(kCountries);
  for (std::size_t k = 0; k != in.clients.size(); k++) {
    const std::uint32_t ip = in.clients[k];
    auto after = by_start.upper_bound(ip);
    if (after == by_start.begin()) {
      out.unallocated += 1;
      continue;
    }
    const IpRange& hit = std::prev(after)->second;
    if (ip <= hit.last) out.requests[hit.country] += 1; else out.unallocated += 1;
  }
  return out;
}

}  // namespace kata::read_mostly_map::solution
