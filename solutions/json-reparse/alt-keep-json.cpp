// Alternative: keep the parsed nlohmann::json documents for the batch and read the fields
// from them for each request, with no typed structs. Each request now pays a few key
// lookups in the documents' std::maps (find "routes", "prefix", "methods", ...) instead
// of a parse: a little slower than the typed reference, far faster than reparsing.
#include <algorithm>
#include <unordered_map>

#include "kata.hpp"

namespace kata::json_reparse::solution {

namespace {

using nlohmann::json;

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

int hex_value(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

// The path as the upstreams must see it (kata.hpp, step 0): decoded, no empty or "."
// segments, ".." resolved. Gateways do this before routing so that "/%61pi/../admin"
// cannot slip past a rule.
std::string normalize_path(const std::string& path) {
  std::string decoded;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '%' && i + 2 < path.size() && is_hex(path[i + 1]) && is_hex(path[i + 2])) {
      decoded += static_cast<char>(hex_value(path[i + 1]) * 16 + hex_value(path[i + 2]));
      i += 2;
    } else {
      decoded += path[i];
    }
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= decoded.size()) {
    const std::size_t end = std::min(decoded.find('/', start), decoded.size());
    const std::string segment = decoded.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string normalized;
  for (const std::string& segment : segments) normalized += "/" + segment;
  if (normalized.empty() || decoded.back() == '/') normalized += '/';
  return normalized;
}

bool prefix_matches(const std::string& prefix, const std::string& path) {
  if (path.compare(0, prefix.size(), prefix) != 0) return false;
  return path.size() == prefix.size() || prefix.back() == '/' || path[prefix.size()] == '/';
}

Decision handle_request(const json& routes_doc, const json& limits_doc, const Request& request,
                        std::unordered_map<std::string, std::uint64_t>& accepted) {
  const std::string path = normalize_path(request.path);
  const json& routes = routes_doc.at("routes");
  Decision decision;
  std::size_t longest = 0;
  for (std::size_t i = 0; i < routes.size(); ++i) {
    const auto& prefix = routes[i].at("prefix").get_ref<const std::string&>();
    if ((decision.route < 0 || prefix.size() > longest) && prefix_matches(prefix, path)) {
      decision.route = static_cast<std::int32_t>(i);
      longest = prefix.size();
    }
  }
  if (decision.route < 0) {
    decision.status = 404;
    return decision;
  }
  const json& route = routes[static_cast<std::size_t>(decision.route)];
  bool allowed = false;
  for (const json& method : route.at("methods")) allowed = allowed || method.get_ref<const std::string&>() == request.method;
  if (!allowed) {
    decision.status = 405;
    return decision;
  }
  const auto auth = route.find("auth");
  if (auth != route.end() && auth->get_ref<const std::string&>() != "none" && !request.authenticated) {
    decision.status = 401;
    return decision;
  }

  const json& fallback = limits_doc.at("default");
  std::uint64_t max_body_bytes = fallback.at("max_body_bytes").get<std::uint64_t>();
  std::uint64_t burst = fallback.at("burst").get<std::uint64_t>();
  const json& tenants = limits_doc.at("tenants");
  const auto entry = tenants.find(request.tenant);
  if (entry != tenants.end()) {
    max_body_bytes = entry->value("max_body_bytes", max_body_bytes);
    burst = entry->value("burst", burst);
  }
  if (request.body_bytes > max_body_bytes) {
    decision.status = 413;
    return decision;
  }
  std::uint64_t& count = accepted[request.tenant];
  if (count >= burst) {
    decision.status = 429;
    return decision;
  }
  ++count;
  decision.status = 200;
  decision.timeout_ms = route.at("timeout_ms").get<std::int32_t>();
  const auto& prefix = route.at("prefix").get_ref<const std::string&>();
  const bool strip = route.value("strip_prefix", false);
  std::string rest = strip ? path.substr(prefix.size()) : path;
  if (rest.empty() || rest.front() != '/') rest.insert(rest.begin(), '/');
  const json& upstreams = route.at("upstreams");
  const std::string* upstream = &upstreams.front().get_ref<const std::string&>();
  std::uint64_t best = affinity(request.tenant, *upstream);
  for (const json& candidate : upstreams) {
    const auto& url = candidate.get_ref<const std::string&>();
    const std::uint64_t score = affinity(request.tenant, url);
    if (score > best) {
      best = score;
      upstream = &url;
    }
  }
  decision.upstream_url = *upstream + rest;
  if (!request.query.empty()) decision.upstream_url += "?" + request.query;
  return decision;
}

}  // namespace

std::vector<Decision> route_batch(const GatewayBatch& batch) {
  const json routes = json::parse(batch.routes_json);  // once per batch
  const json limits = json::parse(batch.limits_json);
  std::vector<Decision> decisions;
  decisions.reserve(batch.requests.size());
  std::unordered_map<std::string, std::uint64_t> accepted;
  for (const Request& request : batch.requests)
    decisions.push_back(handle_request(routes, limits, request, accepted));
  return decisions;
}

}  // namespace kata::json_reparse::solution
