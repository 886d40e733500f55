#pragma once
// json-reparse: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "kata/random.hpp"

namespace kata::json_reparse {

// One request as the API gateway's edge hands it over.
struct Request {
  std::string tenant;  // e.g. "acme-retail"
  std::string method;  // e.g. "GET"
  std::string path;    // as sent, e.g. "/api/v2/orders/88421/items" (may need normalising)
  std::string query;   // after the '?', e.g. "page=2&size=50"; empty when there is none
  std::uint64_t body_bytes = 0;
  bool authenticated = false;  // carries a valid token
};

// The requests one gateway worker handled, with the configuration in force for them. The
// configuration is pushed by the control plane as two JSON documents (always valid, with
// the fields below; others may be present and are ignored); a push takes effect at the
// next batch.
//
// routes_json:
//   { "version": 42, "routes": [ { "name": "orders-read", "prefix": "/api/v2/orders",
//       "methods": ["GET", "HEAD"], "upstreams": ["http://orders-query-0:8080", ...],
//       "strip_prefix": false, "timeout_ms": 250, "auth": "jwt", ... }, ... ] }
//   Prefixes are not empty and start with '/'; every route has at least one upstream.
//   "auth" may be absent (then "none"); "strip_prefix" may be absent (then false).
// limits_json:
//   { "default": { "max_body_bytes": 1048576, "burst": 500 },
//     "tenants": { "acme-retail": { "max_body_bytes": 65536, "burst": 40 }, ... } }
//   A tenant's entry may leave out either field (then the default's value applies); a
//   tenant without an entry gets the default.
struct GatewayBatch {
  std::string routes_json;
  std::string limits_json;
  std::vector<Request> requests;
};

// What the gateway does with a request, decided in this order:
//   0. Normalise the path: percent-decode it (%XX with two hex digits, either case; any
//      other '%' stays as it is), then drop empty segments ("//") and "." segments, and let
//      each ".." remove the segment before it (never going above the root). The result is
//      '/' followed by the remaining segments joined with '/', with a final '/' when the
//      decoded path ended with one; "/" when nothing is left. Steps 1 and 5 use it.
//   1. Route: the route whose prefix matches the path (the path equals the prefix, or
//      starts with it followed by '/', or the prefix ends with '/') with the longest
//      prefix; the first in the file among equals. None: status 404.
//   2. The route's "methods" do not list the method: 405.
//   3. The route's "auth" is not "none" and the request is not authenticated: 401.
//   4. The tenant's limits: body_bytes above max_body_bytes: 413; the tenant already had
//      `burst` requests accepted (status 200) in this batch: 429.
//   5. Otherwise 200, with the route's timeout, forwarded to upstream_url: the route's
//      upstream with the highest affinity(tenant, upstream) (below; the first in the list
//      among equals), so that a tenant's requests keep hitting the same warm caches,
//      followed by the path (without the prefix when "strip_prefix" is true; with a '/'
//      put in front when what is left does not start with one), then '?' and the query
//      when the query is not empty.
struct Decision {
  std::int32_t route = -1;      // index in "routes"; -1 when no route matched
  std::int32_t status = 0;
  std::int32_t timeout_ms = 0;  // the route's "timeout_ms" when status is 200, else 0
  std::string upstream_url;     // when status is 200, else empty
  bool operator==(const Decision&) const = default;
};

// Rendezvous hashing: how strongly `tenant` prefers `upstream` (FNV-1a, 64 bits, over the
// tenant, a '|' and the upstream).
inline std::uint64_t affinity(std::string_view tenant, std::string_view upstream) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  const auto mix = [&hash](char c) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  };
  for (const char c : tenant) mix(c);
  mix('|');
  for (const char c : upstream) mix(c);
  return hash;
}

namespace baseline {
std::vector<Decision> route_batch(const GatewayBatch& batch);
}
namespace solution {
std::vector<Decision> route_batch(const GatewayBatch& batch);
}

// The inputs the tests and the benchmark use: a configuration (8 routes in about 1.5 KB of
// JSON, limits for about 9 tenants in 0.5 KB) and `requests` requests, drawn from `seed`.
inline GatewayBatch make_gateway_batch(std::size_t requests, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  struct Service {
    const char* name;
    const char* prefix;
    const char* upstream;
  };
  static const std::vector<Service> services = {
      {"orders-read", "/api/v2/orders", "http://orders-query:8080"},
      {"orders-export", "/api/v2/orders/export", "http://orders-batch:8080"},
      {"users", "/api/v2/users", "http://identity:8443"},
      {"search", "/api/v2/search", "http://search:9200"},
      {"payments", "/api/v2/payments", "http://payments:8080"},
      {"refunds", "/api/v2/payments/refunds", "http://refunds:8080"},
      {"carts", "/api/v2/carts", "http://carts:8080"},
      {"static", "/static/", "http://cdn-origin"},
  };
  static const std::vector<std::string> all_methods = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"};
  static const std::vector<std::string> auths = {"jwt", "jwt", "jwt", "api-key", "none"};
  static const std::vector<std::string> tenants = {
      "acme-retail", "globex", "initech", "umbrella-health", "stark-industries", "wayne-enterprises",
      "hooli", "pied-piper", "cyberdyne", "tyrell", "vandelay-imports", "dunder-mifflin"};
  static const std::vector<std::string> queries = {"page=2&size=50", "q=red%20shoes&sort=price",
                                                  "include=items,customer", "v=3"};
  static const std::vector<std::string> suffixes = {"", "/88421", "/88421/items", "/c0ffee00-1234-4abc-9def-00000000beef",
                                                    "/42/avatar", "/app.8f3a2c91.js", "/export/2024-03"};

  // One random draw per statement: the order of evaluation inside an expression is
  // unspecified, and the same seed must give the same input with every compiler.
  nlohmann::ordered_json routes = nlohmann::ordered_json::array();
  std::vector<std::size_t> order(services.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (std::size_t i = order.size() - 1; i > 0; --i)
    std::swap(order[i], order[static_cast<std::size_t>(rng.next() % (i + 1))]);
  for (const std::size_t index : order) {
    const Service& service = services[index];
    nlohmann::ordered_json route;
    route["name"] = service.name;
    route["prefix"] = service.prefix;
    nlohmann::ordered_json methods = nlohmann::ordered_json::array();
    for (const std::string& method : all_methods) {
      if (method == "GET" || rng.chance(0.4)) methods.push_back(method);
    }
    route["methods"] = methods;
    nlohmann::ordered_json upstreams = nlohmann::ordered_json::array();
    const std::int64_t hosts = rng.between(2, 4);
    for (std::int64_t host = 0; host < hosts; ++host) {
      std::string url = service.upstream;  // http://name[:port] -> http://name-<host>[:port]
      const std::size_t port = url.find(':', 5);
      url.insert(port == std::string::npos ? url.size() : port, "-" + std::to_string(host));
      upstreams.push_back(url);
    }
    route["upstreams"] = upstreams;
    if (rng.chance(0.5)) route["strip_prefix"] = rng.chance(0.5);
    route["timeout_ms"] = 50 * rng.between(1, 60);
    route["retries"] = rng.between(0, 3);
    const std::string& auth = rng.pick(auths);
    if (auth != "none" || rng.chance(0.5)) route["auth"] = auth;
    routes.push_back(route);
  }
  nlohmann::ordered_json routes_doc;
  routes_doc["version"] = rng.between(1, 5000);
  routes_doc["routes"] = routes;

  nlohmann::ordered_json limits_doc;
  limits_doc["default"] = {{"max_body_bytes", 1048576}, {"burst", rng.between(60, 400)}};
  nlohmann::ordered_json tenant_limits = nlohmann::ordered_json::object();
  for (const std::string& tenant : tenants) {
    if (rng.chance(0.25)) continue;  // no entry: the default applies
    nlohmann::ordered_json entry = nlohmann::ordered_json::object();
    if (rng.chance(0.7)) entry["max_body_bytes"] = 1024 * rng.between(16, 2048);
    if (rng.chance(0.7)) entry["burst"] = rng.between(0, 300);
    entry["plan"] = rng.chance(0.3) ? "enterprise" : "standard";
    tenant_limits[tenant] = entry;
  }
  limits_doc["tenants"] = tenant_limits;

  GatewayBatch batch;
  batch.routes_json = routes_doc.dump();  // compact, as the control plane sends it
  batch.limits_json = limits_doc.dump();
  batch.requests.reserve(requests);
  for (std::size_t i = 0; i < requests; ++i) {
    Request request;
    request.tenant = rng.pick(tenants);
    request.method = rng.chance(0.7) ? "GET" : rng.pick(all_methods);
    if (rng.chance(0.04)) {
      request.path = "/wp-admin/setup-config.php";  // scanners: no route
    } else {
      const Service& service = rng.pick(services);
      request.path = service.prefix;
      if (request.path.back() == '/') request.path.pop_back();
      request.path += rng.pick(suffixes);
      const double oddity = rng.unit();  // what clients and proxies really send
      const std::size_t second = std::min(request.path.find('/', 1), request.path.size());
      if (oddity < 0.04) {
        request.path.insert(second, "/");  // "//"
      } else if (oddity < 0.06) {
        request.path.insert(second, "/.");
      } else if (oddity < 0.08) {
        request.path.insert(second, "/tmp/..");
      } else if (oddity < 0.12) {
        request.path.replace(1, 1, request.path[1] == 'a' ? "%61" : "%73");  // /api -> /%61pi
      }
    }
    if (rng.chance(0.3)) request.query = rng.pick(queries);
    request.body_bytes = static_cast<std::uint64_t>(rng.chance(0.9) ? rng.between(0, 8192) : rng.between(8192, 4 << 20));
    request.authenticated = rng.chance(0.93);
    batch.requests.push_back(std::move(request));
  }
  return batch;
}

}  // namespace kata::json_reparse
