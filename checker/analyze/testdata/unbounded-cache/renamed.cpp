// Detector fixture: the baseline's never-evicting cache with other names, as a std::map
// member filled through operator[] and try_emplace, plus a function-local static set of
// every client seen. Lookups with count() and at(), an index loop. The cache detector must
// still fire.
#include <map>
#include <unordered_set>

#include "kata.hpp"

namespace kata::unbounded_cache::solution {

namespace {

struct Info {
  bool ok = false;
  std::uint32_t asn = 0;
  std::string org, cc;
};

class Enricher {
 public:
  explicit Enricher(const AsnDatabase& db) : db_(db) {}

  Info lookup(const std::string& ip) {
    if (memo_.count(ip) != 0) return memo_.at(ip);
    Info info;
    if (const auto address = parse_ipv4(ip)) {
      if (const AddressRange* range = db_.find(*address)) {
        const AutonomousSystem as = db_.system(*range);
        info.ok = true;
        info.asn = as.number;
        info.org = as.organisation;
        info.cc = as.country;
      }
    }
    if (info.ok)
      memo_.try_emplace(ip, info);
    else
      memo_[ip] = info;
    return info;
  }

 private:
  const AsnDatabase& db_;
  std::map<std::string, Info> memo_;
};

std::size_t distinct_clients(const std::string& ip) {
  static std::unordered_set<std::string> seen;
  seen.insert(ip);
  return seen.size();
}

}  // namespace

TrafficReport traffic_by_network(const AccessLog& in) {
  Enricher enricher(in.database);
  std::map<std::uint32_t, AsTraffic> rows;
  TrafficReport out;
  for (std::size_t i = 0; i < in.requests.size(); ++i) {
    const Info info = enricher.lookup(in.requests[i].client);
    (void)distinct_clients(in.requests[i].client);
    if (!info.ok) {
      out.unresolved_requests += 1;
      out.unresolved_bytes += in.requests[i].bytes;
      continue;
    }
    AsTraffic& row = rows[info.asn];
    row.number = info.asn;
    row.organisation = info.org;
    row.country = info.cc;
    row.requests += 1;
    row.bytes += in.requests[i].bytes;
  }
  for (auto& [asn, row] : rows) out.systems.push_back(row);
  return out;
}

}  // namespace kata::unbounded_cache::solution
