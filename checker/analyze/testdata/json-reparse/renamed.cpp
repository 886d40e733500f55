// Detector fixture: the baseline's anti-pattern with every name changed: the per-request
// code is a lambda called from a while loop, the routing table is parsed directly inside
// it, and the limits are parsed two calls down. The config-parsed-per-request detector must
// still fire.
#include <map>

#include "kata.hpp"

namespace kata::json_reparse::solution {

static std::uint64_t cap_from(const nlohmann::json& doc, const std::string& who) {
  const auto t = doc.at("tenants").find(who);
  return t != doc.at("tenants").end() ? t->value("burst", std::uint64_t{0}) : doc.at("default").value("burst", std::uint64_t{0});
}

static std::uint64_t tenant_cap(const GatewayBatch& b, const std::string& who) {
  return cap_from(nlohmann::json::parse(b.limits_json), who);
}

static std::uint64_t cap(const GatewayBatch& b, const Request& r) { return tenant_cap(b, r.tenant); }

std::vector<Decision> route_batch(const GatewayBatch& b) {
  std::vector<Decision> out;
  std::map<std::string, std::uint64_t> used;
  auto decide = [&](const Request& r) {
    Decision d;
    const nlohmann::json table = nlohmann::json::parse(b.routes_json);
    std::size_t best = 0;
    for (std::size_t i = 0; i < table["routes"].size(); ++i) {
      const std::string p = table["routes"][i]["prefix"];
      if (r.path.rfind(p, 0) == 0 && p.size() > best) {
        best = p.size();
        d.route = static_cast<std::int32_t>(i);
      }
    }
    d.status = d.route < 0 ? 404 : (used[r.tenant]++ < cap(b, r) ? 200 : 429);
    return d;
  };
  std::size_t k = 0;
  while (k < b.requests.size()) out.push_back(decide(b.requests[k++]));
  return out;
}

}  // namespace kata::json_reparse::solution
