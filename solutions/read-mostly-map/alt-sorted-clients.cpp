// Alternative: answer the whole batch at once. Sort the feed's rows and a copy of the client
// addresses, then walk both together, like a merge: each row and each client is visited
// once, in address order, so memory is read sequentially. O(n log n + c log c) for the
// sorts plus O(n + c) for the walk, and no search per client at all.
#include <algorithm>

#include "kata.hpp"

namespace kata::read_mostly_map::solution {

CountryTally count_by_country(const GeoBatch& batch) {
  std::vector<IpRange> rows(batch.ranges);
  std::sort(rows.begin(), rows.end(), [](const IpRange& a, const IpRange& b) { return a.last < b.last; });
  std::vector<std::uint32_t> clients(batch.clients);
  std::sort(clients.begin(), clients.end());

  CountryTally tally;
  tally.requests.assign(kCountries, 0);
  std::size_t row = 0;
  for (const std::uint32_t client : clients) {
    while (row < rows.size() && rows[row].last < client) ++row;
    if (row < rows.size() && rows[row].first <= client)
      ++tally.requests[rows[row].country];
    else
      ++tally.unallocated;
  }
  return tally;
}

}  // namespace kata::read_mostly_map::solution
