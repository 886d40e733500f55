// A step, not the whole way: the map's nodes come from one monotonic buffer instead of one
// malloc each, so they sit closer together (48 bytes apart instead of 64), building skips
// the allocator and the table is freed in one go. But it is still a red-black tree, its
// nodes in the feed's order rather than the key order: every lookup follows ~17-20
// dependent pointers, one node per level, and the levels near the leaves still miss the
// cache.
#include <map>
#include <memory_resource>

#include "kata.hpp"

namespace kata::read_mostly_map::solution {

namespace {

struct Allocation {
  std::uint32_t first;
  std::uint16_t country;
};

}  // namespace

CountryTally count_by_country(const GeoBatch& batch) {
  std::pmr::monotonic_buffer_resource arena(batch.ranges.size() * 48 + 1024);
  std::pmr::map<std::uint32_t, Allocation> table(&arena);
  for (const IpRange& row : batch.ranges) table.emplace(row.last, Allocation{row.first, row.country});

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

}  // namespace kata::read_mostly_map::solution
