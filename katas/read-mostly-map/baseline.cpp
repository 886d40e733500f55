// The traffic report as first written: the feed goes into a std::map, every client is looked
// up in it. Never edited: the checker measures your solution against it.
#include <map>

#include "kata.hpp"

namespace kata::read_mostly_map::baseline {

namespace {

struct Allocation {
  std::uint32_t first;
  std::uint16_t country;
};

// The feed's rows by their last address: the row that may contain an address is the first
// one whose last address is not below it.
using GeoTable = std::map<std::uint32_t, Allocation>;

GeoTable load_table(const std::vector<IpRange>& ranges) {
  GeoTable table;
  for (const IpRange& row : ranges) table.emplace(row.last, Allocation{row.first, row.country});
  return table;
}

}  // namespace

CountryTally count_by_country(const GeoBatch& batch) {
  const GeoTable table = load_table(batch.ranges);
  CountryTally tally;
  tally.requests.assign(kCountries, 0);
  for (const std::uint32_t client : batch.clients) {
    const auto row = table.lower_bound(client);
    if (row != table.end() && row->second.first <= client)
      ++tally.requests[row->second.country];
    else
      ++tally.unallocated;
  }
  return tally;
}

}  // namespace kata::read_mostly_map::baseline
