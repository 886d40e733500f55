// Alternative: only the top two findings of the profile fixed, the rest left as in the
// baseline (the exception for "-" bytes, the route built with `route = route + ...`, the
// map key built per line, the decoys).
//  1. Distinct clients: a std::unordered_set<std::string> per endpoint; insert() says
//     whether the address is new, in O(1) instead of a scan over every address seen.
//  2. Parsing: the line is cut at its spaces by hand into one Request reused for every
//     line (its strings keep their capacity), numbers and the minute read with
//     std::from_chars and by position; no std::istringstream, no std::get_time.
#include <algorithm>
#include <array>
#include <cstdint>
#include <ctime>
#include <iomanip>
#include <cstdio>
#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <charconv>
#include <string>
#include <string_view>
#include <unordered_set>
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

// The next space-separated field of `rest` into `field`; false when no space follows it
// (the agent comes last) or when it is empty.
bool next_field(std::string_view& rest, std::string& field) {
  const std::size_t space = rest.find(' ');
  if (space == std::string_view::npos || space == 0) return false;
  field.assign(rest.data(), space);
  rest.remove_prefix(space + 1);
  return true;
}

template <class Number>
bool read_number(std::string_view text, Number& value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

// "YYYY-MM-DDThh:mm:ss" and anything after it: the minute of the hour, with the ranges
// std::get_time checks.
bool read_minute(std::string_view time, int& minute) {
  if (time.size() < 19) return false;
  for (const std::size_t at : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
    if (time[at] < '0' || time[at] > '9') return false;
  if (time[4] != '-' || time[7] != '-' || time[10] != 'T' || time[13] != ':' || time[16] != ':')
    return false;
  const auto two = [time](std::size_t at) { return (time[at] - '0') * 10 + (time[at + 1] - '0'); };
  minute = two(14);
  return two(5) >= 1 && two(5) <= 12 && two(8) >= 1 && two(8) <= 31 && two(11) <= 23 &&
         minute <= 59 && two(17) <= 60;
}

// Fields are separated by single spaces and the quoted user agent is the rest of the line.
// False for a malformed line: a missing field, a time, status or latency that is not one,
// an agent without its quotes.
bool parse_line(const std::string& line, Request& request) {
  std::string_view rest = line;
  std::string number;
  if (!next_field(rest, request.time) || !next_field(rest, request.client) ||
      !next_field(rest, request.method) || !next_field(rest, request.target) ||
      !next_field(rest, number) || !read_number(number, request.status) ||
      !next_field(rest, request.bytes) || !next_field(rest, number) ||
      !read_number(number, request.latency_us))
    return false;
  if (rest.size() < 2 || rest.front() != '"' || rest.back() != '"') return false;
  if (!read_minute(request.time, request.minute)) return false;
  request.agent.assign(rest.data() + 1, rest.size() - 2);
  return true;
}

// The response size; "-" when the response had no body (304, 204, HEAD).
std::uint64_t parse_bytes(const std::string& text) {
  try {
    return std::stoull(text);
  } catch (const std::logic_error&) {
    return 0;
  }
}

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

struct EndpointStats {
  std::uint64_t requests = 0;
  std::uint64_t errors = 0;  // 5xx
  std::uint64_t slow = 0;
  std::uint64_t bytes = 0;
  std::array<std::uint64_t, 60> per_minute{};  // requests in each minute of the hour
  std::vector<std::int64_t> latencies_us;
  std::unordered_set<std::string> clients;  // distinct client addresses
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
  out << std::endl;
}

}  // namespace

std::string summarize_batch(const LogBatch& batch) {
  const Settings settings = parse_config(batch.config);

  std::map<std::string, EndpointStats> endpoints;
  std::size_t parsed = 0;
  Request request;  // reused: its strings keep their capacity from line to line
  for (const std::string& line : batch.lines) {
    if (!parse_line(line, request)) continue;
    ++parsed;
    const std::uint64_t bytes = parse_bytes(request.bytes);
    const std::string route = normalise_route(request.target);
    EndpointStats& stats = endpoints[request.method + " " + route];
    add_request(stats, request, bytes, settings);
    stats.clients.insert(request.client);
    ++stats.agents[request.agent];
  }

  for (auto& [name, stats] : endpoints)
    std::sort(stats.latencies_us.begin(), stats.latencies_us.end());

  std::ostringstream report;
  report << "access log summary: " << batch.lines.size() << " lines, " << parsed << " parsed, "
         << batch.lines.size() - parsed << " malformed, " << endpoints.size() << " endpoints"
         << std::endl;
  for (auto& [name, stats] : endpoints) write_endpoint(report, name, stats, settings);
  return report.str();
}

}  // namespace kata::log_analytics::solution
