// Reference: the feed is read-only once loaded, so load it into one contiguous array, sort
// it once by last address and binary-search it with std::lower_bound. A row is 12 bytes
// instead of a 64-byte heap node (1.1 MB instead of 5.8 MB for 90,000 rows: it fits in the
// L2 cache), the first levels of every search hit the same few cache lines, and the last
// ones land in neighbouring lines instead of nodes scattered over the heap in feed order.
// Building it is one allocation and one sort instead of 90,000 allocations and tree
// rebalancing, and freeing it is one free.
#include <algorithm>

#include "kata.hpp"

namespace kata::read_mostly_map::solution {

namespace {

struct Row {
  std::uint32_t last;
  std::uint32_t first;
  std::uint16_t country;
};

// The feed's rows ordered by their last address: the row that may contain an address is
// the first one whose last address is not below it.
std::vector<Row> load_table(const std::vector<IpRange>& ranges) {
  std::vector<Row> table;
  table.reserve(ranges.size());
  for (const IpRange& range : ranges) table.push_back(Row{range.last, range.first, range.country});
  std::sort(table.begin(), table.end(), [](const Row& a, const Row& b) { return a.last < b.last; });
  return table;
}

}  // namespace

CountryTally count_by_country(const GeoBatch& batch) {
  const std::vector<Row> table = load_table(batch.ranges);
  CountryTally tally;
  tally.requests.assign(kCountries, 0);
  for (const std::uint32_t client : batch.clients) {
    const auto row = std::lower_bound(table.begin(), table.end(), client,
                                      [](const Row& r, std::uint32_t address) { return r.last < address; });
    if (row != table.end() && row->first <= client)
      ++tally.requests[row->country];
    else
      ++tally.unallocated;
  }
  return tally;
}

}  // namespace kata::read_mostly_map::solution
