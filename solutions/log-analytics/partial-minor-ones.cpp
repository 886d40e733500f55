// Partial fix: everything that looks slow fixed except the profile's top two findings.
// "-" bytes are checked before parsing (no exception per bodyless response), the route is
// appended into one buffer, the endpoint key is built in a reused buffer and looked up
// without a temporary; and the two decoys too: the config is read without std::regex and
// the report lines end in '\n' instead of std::endl. All correct, all cheap to do, and
// together worth about a tenth of the time: the quadratic distinct-client count and the
// std::istringstream parsing, which take the rest, are untouched.
#include <algorithm>
#include <array>
#include <cstdint>
#include <ctime>
#include <iomanip>
#include <cstdio>
#include <map>
#include <optional>
#include <sstream>
#include <charconv>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kata.hpp"

namespace kata::log_analytics::solution {

namespace {

// ---------------------------------------------------------------------------------------
// Settings

struct Settings {
  std::size_t top_agents = 3;
  std::int64_t slow_ms = 500;
};

// "key = value" lines; '#' starts a comment line. Unknown keys are ignored, so an older
// job can read a newer config.
Settings parse_config(const std::string& text) {
  Settings settings;
  const auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
  };
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t end = std::min(rest.find('\n'), rest.size());
    const std::string_view line = rest.substr(0, end);
    rest.remove_prefix(std::min(end + 1, rest.size()));
    const std::size_t equals = line.find('=');
    if (line.empty() || line[0] == '#' || equals == std::string_view::npos) continue;
    const std::string_view key = trim(line.substr(0, equals));
    const std::string_view value = trim(line.substr(equals + 1));
    if (key.empty() || value.empty()) continue;
    bool valid = true;
    for (const char c : key) valid = valid && ((c >= 'a' && c <= 'z') || c == '_');
    for (const char c : value) valid = valid && c >= '0' && c <= '9';
    if (!valid) continue;
    std::uint64_t number = 0;
    std::from_chars(value.data(), value.data() + value.size(), number);
    if (key == "top_agents") settings.top_agents = number;
    if (key == "slow_ms") settings.slow_ms = static_cast<std::int64_t>(number);
  }
  return settings;
}

// ---------------------------------------------------------------------------------------
// Parsing

// One access-log line, split into its fields.
struct Request {
  std::string time;
  std::string client;
  std::string method;
  std::string target;
  int status = 0;
  std::string bytes;
  std::int64_t latency_us = 0;
  std::string agent;
  int minute = 0;  // of the hour
};

// Fields are separated by spaces and the quoted user agent is the rest of the line.
// Nothing for a malformed line: a missing field, a status or latency that is not a
// number, an agent without its quotes.
std::optional<Request> parse_line(const std::string& line) {
  Request request;
  std::istringstream fields(line);
  fields >> request.time >> request.client >> request.method >> request.target >> request.status >> request.bytes >> request.latency_us;
  std::getline(fields >> std::ws, request.agent);
  if (!fields || request.agent.size() < 2 || request.agent.front() != '"' ||
      request.agent.back() != '"')
    return std::nullopt;
  std::tm when{};
  std::istringstream time(request.time);
  time >> std::get_time(&when, "%Y-%m-%dT%H:%M:%S");
  if (!time) return std::nullopt;
  request.minute = when.tm_min;
  request.agent.pop_back();
  request.agent.erase(0, 1);
  return request;
}

// The response size; "-" when the response had no body (304, 204, HEAD).
std::uint64_t parse_bytes(const std::string& text) {
  std::uint64_t value = 0;
  if (text == "-") return 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// "/api/v2/orders/81723?expand=items" -> "/api/v2/orders/{id}": the query dropped, every
// all-digit path segment replaced, so that all orders count as one endpoint.
void append_route(std::string& key, const std::string& target) {
  const std::size_t end = std::min(target.find('?'), target.size());
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = std::min(target.find('/', start), end);
    const std::string_view segment(target.data() + start, slash - start);
    bool digits = !segment.empty();
    for (const char c : segment) digits = digits && c >= '0' && c <= '9';
    if (digits) key += "{id}";
    else key += segment;
    if (slash == end) break;
    key += '/';
    start = slash + 1;
  }
}

// ---------------------------------------------------------------------------------------
// Aggregation

struct EndpointStats {
  std::uint64_t requests = 0;
  std::uint64_t errors = 0;  // 5xx
  std::uint64_t slow = 0;
  std::uint64_t bytes = 0;
  std::array<std::uint64_t, 60> per_minute{};  // requests in each minute of the hour
  std::vector<std::int64_t> latencies_us;
  std::vector<std::string> clients;  // distinct client addresses
  std::map<std::string, std::uint64_t> agents;
};

// The counters and the latency sample of one request.
void add_request(EndpointStats& stats, const Request& request, std::uint64_t bytes,
                 const Settings& settings) {
  ++stats.requests;
  if (request.status >= 500) ++stats.errors;
  if (request.latency_us > settings.slow_ms * 1000) ++stats.slow;
  stats.bytes += bytes;
  ++stats.per_minute[static_cast<std::size_t>(request.minute)];
  stats.latencies_us.push_back(request.latency_us);
}

// ---------------------------------------------------------------------------------------
// Report

// Nearest rank: the smallest value with at least `percent` % of the values at or below it.
std::int64_t percentile(const std::vector<std::int64_t>& sorted, int percent) {
  if (sorted.empty()) return 0;
  std::size_t rank = (sorted.size() * static_cast<std::size_t>(percent) + 99) / 100;
  if (rank == 0) rank = 1;
  return sorted[rank - 1];
}

// Microseconds as milliseconds with three decimals: 23417 -> "23.417".
std::string millis(std::int64_t micros) {
  char text[32];
  std::snprintf(text, sizeof text, "%lld.%03lld", static_cast<long long>(micros / 1000),
                static_cast<long long>(micros % 1000));
  return text;
}

// The most frequent agents, most frequent first; equal counts in name order.
std::vector<std::pair<std::string, std::uint64_t>> top_agents(
    const std::map<std::string, std::uint64_t>& agents, std::size_t count) {
  std::vector<std::pair<std::string, std::uint64_t>> ranked(agents.begin(), agents.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (ranked.size() > count) ranked.resize(count);
  return ranked;
}

// One report line per endpoint (a few dozen per batch); the latencies are sorted.
void write_endpoint(std::ostream& out, const std::string& name, const EndpointStats& stats,
                    const Settings& settings) {
  char errors[32];
  std::snprintf(errors, sizeof errors, "%.2f",
                100.0 * static_cast<double>(stats.errors) / static_cast<double>(stats.requests));
  out << name << "  requests " << stats.requests << "  peak "
      << *std::max_element(stats.per_minute.begin(), stats.per_minute.end()) << "/min  errors " << errors << "%  slow "
      << stats.slow << "  p50 " << millis(percentile(stats.latencies_us, 50)) << " ms  p95 "
      << millis(percentile(stats.latencies_us, 95)) << " ms  p99 "
      << millis(percentile(stats.latencies_us, 99)) << " ms  clients " << stats.clients.size()
      << "  bytes " << stats.bytes << "  agents";
  const auto agents = top_agents(stats.agents, settings.top_agents);
  for (std::size_t i = 0; i < agents.size(); ++i)
    out << (i == 0 ? " \"" : ", \"") << agents[i].first << "\" " << agents[i].second;
  out << '\n';
}

}  // namespace

std::string summarize_batch(const LogBatch& batch) {
  const Settings settings = parse_config(batch.config);

  std::map<std::string, EndpointStats> endpoints;
  std::size_t parsed = 0;
  std::string key;  // "METHOD /route", reused for every line
  for (const std::string& line : batch.lines) {
    const std::optional<Request> parsed_line = parse_line(line);
    if (!parsed_line) continue;
    const Request& request = *parsed_line;
    ++parsed;
    const std::uint64_t bytes = parse_bytes(request.bytes);
    key.assign(request.method);
    key += ' ';
    append_route(key, request.target);
    auto found = endpoints.find(key);
    if (found == endpoints.end()) found = endpoints.emplace(key, EndpointStats{}).first;
    EndpointStats& stats = found->second;
    add_request(stats, request, bytes, settings);
    if (std::find(stats.clients.begin(), stats.clients.end(), request.client) == stats.clients.end())
      stats.clients.push_back(request.client);
    ++stats.agents[request.agent];
  }

  for (auto& [name, stats] : endpoints)
    std::sort(stats.latencies_us.begin(), stats.latencies_us.end());

  std::ostringstream report;
  report << "access log summary: " << batch.lines.size() << " lines, " << parsed << " parsed, "
         << batch.lines.size() - parsed << " malformed, " << endpoints.size() << " endpoints"
         << '\n';
  for (auto& [name, stats] : endpoints) write_endpoint(report, name, stats, settings);
  return report.str();
}

}  // namespace kata::log_analytics::solution
