// The hourly access-log summary as the pipeline team first wrote it. Never edited: the
// checker measures yours against it.
//
// The job runs once per slice of access log the shipper delivers (about 12,000 lines):
//   1. settings   parse_config: the job's "key = value" settings
//   2. parsing    parse_line, parse_bytes, normalise_route: a line into its fields and its
//                 endpoint ("GET /api/v2/orders/{id}")
//   3. aggregate  per endpoint: counters, the latency samples, the distinct clients, the
//                 user agents
//   4. report     write_endpoint: one line per endpoint, in endpoint order
// The line format, what counts as malformed and the report's format are in kata.hpp.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <iomanip>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "kata.hpp"

namespace kata::log_analytics::baseline {

namespace {

// ---------------------------------------------------------------------------------------
// Settings

// What the config can set; the defaults apply when a key is missing.
struct Settings {
  std::size_t top_agents = 3;  // user agents listed per endpoint
  std::int64_t slow_ms = 500;  // a request slower than this counts as slow
};

// "key = value" lines; '#' starts a comment line. Unknown keys are ignored, so an older
// job can read a newer config.
Settings parse_config(const std::string& text) {
  Settings settings;
  const std::regex setting(R"(^\s*([a-z_]+)\s*=\s*([0-9]+)\s*$)");
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    std::smatch match;
    if (line.empty() || line[0] == '#' || !std::regex_match(line, match, setting)) continue;
    if (match[1] == "top_agents") settings.top_agents = std::stoul(match[2]);
    if (match[1] == "slow_ms") settings.slow_ms = std::stoll(match[2]);
  }
  return settings;
}

// ---------------------------------------------------------------------------------------
// Parsing

// One access-log line, split into its fields.
struct Request {
  std::string time;    // "2026-11-22T20:14:03.512Z"
  std::string client;  // "10.42.7.193" or a full IPv6 address
  std::string method;  // "GET"
  std::string target;  // "/api/v2/orders/81723?expand=items"
  int status = 0;
  std::string bytes;  // a number, or "-" without a body
  std::int64_t latency_us = 0;
  std::string agent;  // without its quotes
  int minute = 0;     // of the hour, from the time
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
  try {
    return std::stoull(text);
  } catch (const std::logic_error&) {
    return 0;
  }
}

// An id in a path: a segment of digits only ("81723"), not "v2" or "app.4f2c9e.js".
bool all_digits(const std::string& segment) {
  if (segment.empty()) return false;
  for (const char c : segment)
    if (c < '0' || c > '9') return false;
  return true;
}

// "/api/v2/orders/81723?expand=items" -> "/api/v2/orders/{id}": the query dropped, every
// all-digit path segment replaced, so that all orders count as one endpoint.
std::string normalise_route(const std::string& target) {
  const std::size_t end = std::min(target.find('?'), target.size());
  std::string route;
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = std::min(target.find('/', start), end);
    const std::string segment = target.substr(start, slash - start);
    route = route + (all_digits(segment) ? "{id}" : segment);
    if (slash == end) break;
    route += '/';
    start = slash + 1;
  }
  return route;
}

// ---------------------------------------------------------------------------------------
// Aggregation

// Everything the report needs about one endpoint, accumulated over the slice.
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
      << *std::max_element(stats.per_minute.begin(), stats.per_minute.end())
      << "/min  errors " << errors << "%  slow "
      << stats.slow << "  p50 " << millis(percentile(stats.latencies_us, 50)) << " ms  p95 "
      << millis(percentile(stats.latencies_us, 95)) << " ms  p99 "
      << millis(percentile(stats.latencies_us, 99)) << " ms  clients " << stats.clients.size()
      << "  bytes " << stats.bytes << "  agents";
  const auto agents = top_agents(stats.agents, settings.top_agents);
  for (std::size_t i = 0; i < agents.size(); ++i)
    out << (i == 0 ? " \"" : ", \"") << agents[i].first << "\" " << agents[i].second;
  out << std::endl;
}

}  // namespace

// The job's entry point: one slice of log in, its summary out.
std::string summarize_batch(const LogBatch& batch) {
  const Settings settings = parse_config(batch.config);

  // Parse and aggregate, line by line. Malformed lines are only counted.
  std::map<std::string, EndpointStats> endpoints;
  std::size_t parsed = 0;
  for (const std::string& line : batch.lines) {
    const std::optional<Request> parsed_line = parse_line(line);
    if (!parsed_line) continue;
    const Request& request = *parsed_line;
    ++parsed;
    const std::uint64_t bytes = parse_bytes(request.bytes);

    // The endpoint: the method and the normalised route, e.g. "GET /api/v2/orders/{id}".
    const std::string route = normalise_route(request.target);
    EndpointStats& stats = endpoints[request.method + " " + route];
    add_request(stats, request, bytes, settings);

    // A client counts once per endpoint, however often it calls it.
    if (std::find(stats.clients.begin(), stats.clients.end(), request.client) == stats.clients.end())
      stats.clients.push_back(request.client);

    // The user agents, for the endpoint's most frequent ones.
    ++stats.agents[request.agent];
  }

  // Percentiles need the samples in order.
  for (auto& [name, stats] : endpoints)
    std::sort(stats.latencies_us.begin(), stats.latencies_us.end());

  // The report: a header line, then the endpoints in name order (the map's order).
  std::ostringstream report;
  report << "access log summary: " << batch.lines.size() << " lines, " << parsed << " parsed, "
         << batch.lines.size() - parsed << " malformed, " << endpoints.size() << " endpoints"
         << std::endl;
  for (auto& [name, stats] : endpoints) write_endpoint(report, name, stats, settings);
  return report.str();
}

}  // namespace kata::log_analytics::baseline
