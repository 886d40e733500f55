// Your file: bound the memory of traffic_by_network. It starts as a copy of baseline.cpp.
// `kata check unbounded-cache` builds it, tests it against the baseline and measures it.
#include <unordered_map>
#include <utility>

#include "kata.hpp"

namespace kata::unbounded_cache::solution {

namespace {

// What the pipeline adds to a request: the network its client belongs to.
struct Enrichment {
  bool resolved = false;
  std::uint32_t as_number = 0;
  std::string organisation;
  std::string country;
};

// Resolves client addresses to their autonomous system and remembers every answer: the same
// clients come back all day, and the database only changes with the weekly release, so an
// answer never goes stale. The resolver lives as long as the stream processor.
class NetworkResolver {
 public:
  explicit NetworkResolver(const AsnDatabase& database) : database_(database) {}

  const Enrichment& resolve(const std::string& client) {
    auto known = cache_.find(client);
    if (known == cache_.end()) known = cache_.emplace(client, look_up(client)).first;
    return known->second;
  }

 private:
  Enrichment look_up(std::string_view client) const {
    Enrichment network;
    const std::optional<std::uint32_t> address = parse_ipv4(client);
    if (!address) return network;
    const AddressRange* range = database_.find(*address);
    if (range == nullptr) return network;
    AutonomousSystem system = database_.system(*range);
    network.resolved = true;
    network.as_number = system.number;
    network.organisation = std::move(system.organisation);
    network.country = std::move(system.country);
    return network;
  }

  const AsnDatabase& database_;
  std::unordered_map<std::string, Enrichment> cache_;
};

// Runs once per report, over at most a thousand systems: not worth touching.
std::vector<AsTraffic> sorted_by_number(const std::unordered_map<std::uint32_t, AsTraffic>& totals) {
  std::vector<AsTraffic> rows;
  for (const auto& [number, row] : totals) rows.push_back(row);
  std::sort(rows.begin(), rows.end(),
            [](const AsTraffic& a, const AsTraffic& b) { return a.number < b.number; });
  return rows;
}

}  // namespace

TrafficReport traffic_by_network(const AccessLog& log) {
  NetworkResolver resolver(log.database);
  std::unordered_map<std::uint32_t, AsTraffic> totals;
  TrafficReport report;
  for (const Request& request : log.requests) {
    const Enrichment& network = resolver.resolve(request.client);
    if (!network.resolved) {
      ++report.unresolved_requests;
      report.unresolved_bytes += request.bytes;
      continue;
    }
    AsTraffic& row = totals[network.as_number];
    if (row.requests == 0) {
      row.number = network.as_number;
      row.organisation = network.organisation;
      row.country = network.country;
    }
    ++row.requests;
    row.bytes += request.bytes;
  }
  report.systems = sorted_by_number(totals);
  return report;
}

}  // namespace kata::unbounded_cache::solution
