// Alternative: a direct-mapped cache, like a CPU cache. A client's hash picks one of 8,192
// slots; a hit needs the slot to hold the same client, a miss overwrites whatever was there.
// No list, no per-entry allocation once the slots' strings have grown, a fixed size from
// the start. Two busy clients that share a slot evict each other (a few per cent more
// look-ups than an LRU), which costs less than an LRU's bookkeeping here.
#include <functional>
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

// Resolves client addresses to their autonomous system and remembers one answer per slot.
class NetworkResolver {
 public:
  static constexpr std::size_t kSlots = 8192;  // a power of two: the slot is hash & (kSlots - 1)

  explicit NetworkResolver(const AsnDatabase& database) : database_(database), slots_(kSlots) {}

  // The reference is valid until the next call (which may overwrite the slot).
  const Enrichment& resolve(const std::string& client) {
    Slot& slot = slots_[std::hash<std::string>{}(client) & (kSlots - 1)];
    if (!slot.used || slot.client != client) {
      slot.client = client;
      slot.network = look_up(client);
      slot.used = true;
    }
    return slot.network;
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

  struct Slot {
    bool used = false;
    std::string client;
    Enrichment network;
  };

  const AsnDatabase& database_;
  std::vector<Slot> slots_;
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
