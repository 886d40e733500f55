// Alternative: only the keys are searched, so keep only the keys in the searched array.
// After sorting the rows once, their last addresses go into a dense array of 4-byte
// integers (360 KB for 90,000 rows), the rest of each row into a parallel array touched
// once per lookup, after the search. The search itself is branch-free (a conditional move
// per level), so a mispredicted branch does not throw away the loads in flight.
#include <algorithm>
#include <cstddef>

#include "kata.hpp"

namespace kata::read_mostly_map::solution {

CountryTally count_by_country(const GeoBatch& batch) {
  std::vector<IpRange> rows(batch.ranges);
  std::sort(rows.begin(), rows.end(), [](const IpRange& a, const IpRange& b) { return a.last < b.last; });
  const std::size_t count = rows.size();
  std::vector<std::uint32_t> lasts(count);
  struct Payload {
    std::uint32_t first;
    std::uint16_t country;
  };
  std::vector<Payload> payloads(count);
  for (std::size_t i = 0; i < count; ++i) {
    lasts[i] = rows[i].last;
    payloads[i] = Payload{rows[i].first, rows[i].country};
  }

  CountryTally tally;
  tally.requests.assign(kCountries, 0);
  for (const std::uint32_t client : batch.clients) {
    // Index of the first last-address >= client, or `count` when there is none.
    std::size_t low = 0;
    std::size_t length = count;
    while (length > 0) {
      const std::size_t half = length / 2;
      const bool right = lasts[low + half] < client;
      low = right ? low + half + 1 : low;
      length = right ? length - half - 1 : half;
    }
    if (low < count && payloads[low].first <= client)
      ++tally.requests[payloads[low].country];
    else
      ++tally.unallocated;
  }
  return tally;
}

}  // namespace kata::read_mostly_map::solution
