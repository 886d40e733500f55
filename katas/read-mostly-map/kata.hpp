#pragma once
// read-mostly-map: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::read_mostly_map {

// Countries are numbered 0 .. kCountries - 1 by the geo-IP feed.
inline constexpr std::size_t kCountries = 250;

// One row of the geo-IP feed: the IPv4 addresses first..last (both inclusive) are
// registered in `country`.
struct IpRange {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  std::uint16_t country = 0;
};

// One batch for the traffic-by-country report: the current geo-IP feed and the client
// address of every request the edge servers logged in the batch.
// The feed's contract: first <= last in every row and no two rows overlap; there are gaps
// (unallocated, private and reserved space) between rows. The feed is the regional
// registries' delegation files merged, so its rows come grouped by country (in address
// order within a country), not in address order.
struct GeoBatch {
  std::vector<IpRange> ranges;
  std::vector<std::uint32_t> clients;  // IPv4 addresses, host byte order; repeats allowed
};

// Requests per country (indexed by country, kCountries entries) and the requests whose
// client address lies in no row of the feed.
struct CountryTally {
  std::vector<std::uint64_t> requests;
  std::uint64_t unallocated = 0;
  bool operator==(const CountryTally&) const = default;
};

// Attributes every client address of the batch to the row of the feed that contains it.
namespace baseline {
CountryTally count_by_country(const GeoBatch& batch);
}
namespace solution {
CountryTally count_by_country(const GeoBatch& batch);
}

// Feed rows per client address in a generated batch: a batch (about a minute of one edge
// site's requests) is attributed against the feed version it was logged under.
inline constexpr std::size_t kRangesPerClient = 2;

// The inputs the tests and the benchmark use: a feed of about `ranges` rows covering most
// of the IPv4 space, grouped by country, and `ranges / kRangesPerClient` client addresses,
// drawn from `seed`.
// Clients come from everywhere (a CDN edge sees the whole Internet): each picks a random
// row and an address inside it; about 3% are addresses anywhere, some of them unallocated.
inline GeoBatch make_geo_batch(std::size_t ranges, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  GeoBatch batch;
  batch.ranges.reserve(ranges);
  if (ranges > 0) {
    // Rows of about `span` addresses, one in ten preceded by a gap of about the same size.
    const std::uint64_t span = std::max<std::uint64_t>((std::uint64_t{1} << 32) / (ranges + ranges / 10 + 1), 2);
    std::uint64_t cursor = static_cast<std::uint64_t>(rng.between(0, static_cast<std::int64_t>(span)));
    for (std::size_t i = 0; i < ranges; ++i) {
      if (rng.chance(0.1)) cursor += static_cast<std::uint64_t>(rng.between(1, static_cast<std::int64_t>(span)));
      const auto length = static_cast<std::uint64_t>(
          rng.between(static_cast<std::int64_t>(span / 2), static_cast<std::int64_t>(span + span / 2)));
      if (cursor + length > 0xFFFF'FFFFu) break;
      IpRange row;
      row.first = static_cast<std::uint32_t>(cursor);
      row.last = static_cast<std::uint32_t>(cursor + length - 1);
      row.country = static_cast<std::uint16_t>(rng.between(0, static_cast<std::int64_t>(kCountries) - 1));
      batch.ranges.push_back(row);
      cursor += length;
    }
    std::sort(batch.ranges.begin(), batch.ranges.end(), [](const IpRange& a, const IpRange& b) {
      return a.country != b.country ? a.country < b.country : a.first < b.first;
    });
  }
  const std::size_t clients = ranges / kRangesPerClient;
  batch.clients.reserve(clients);
  for (std::size_t i = 0; i < clients; ++i) {
    if (batch.ranges.empty() || rng.chance(0.03)) {
      batch.clients.push_back(static_cast<std::uint32_t>(rng.next()));
    } else {
      const IpRange& row = rng.pick(batch.ranges);
      batch.clients.push_back(static_cast<std::uint32_t>(rng.between(row.first, row.last)));
    }
  }
  return batch;
}

}  // namespace kata::read_mostly_map
