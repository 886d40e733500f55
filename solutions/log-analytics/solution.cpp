// Reference: every hot finding fixed, the cold code left as it was.
//  1. Distinct clients: a hash set per endpoint instead of std::find over a vector of every
//     address seen so far (O(1) per request instead of O(distinct clients)).
//  2. Parsing: the line is cut into string_views at its spaces, numbers read with
//     std::from_chars; no std::istringstream (a locale, a stream buffer and a string copy
//     per field) per line.
//  3. "-" bytes are checked before parsing: no exception thrown and caught per bodyless
//     response.
//  4. The route is appended into one reused key buffer, no temporary strings per segment.
//  5. The endpoint is found in a hash map by that buffer, no key string built per line.
// The user agents are counted by string_view into the batch's lines (they outlive the call).
// Cold code (the config's regex, the report lines with std::endl) runs once per batch or
// once per endpoint: left alone.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "kata.hpp"

namespace kata::log_analytics::solution {

namespace {

// ---------------------------------------------------------------------------------------
// Settings (once per batch: cold, left as it was)

struct Settings {
  std::size_t top_agents = 3;
  std::int64_t slow_ms = 500;
};

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

// One access-log line, as views into the line.
struct Request {
  std::string_view client;
  std::string_view method;
  std::string_view target;
  int status = 0;
  std::string_view bytes;
  std::int64_t latency_us = 0;
  std::string_view agent;
  int minute = 0;  // of the hour
};

// The next space-separated field of `rest`; empty when there is none.
std::string_view next_field(std::string_view& rest) {
  const std::size_t space = rest.find(' ');
  if (space == std::string_view::npos) return {};  // a field must be followed by another
  const std::string_view field = rest.substr(0, space);
  rest.remove_prefix(space + 1);
  return field;
}

template <class Number>
bool read_number(std::string_view text, Number& value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

// "YYYY-MM-DDThh:mm:ss", then anything: the minute of the hour. The fields are read by
// position, with the ranges std::get_time checks.
bool read_time(std::string_view time, int& minute) {
  if (time.size() < 19) return false;
  for (const std::size_t at : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
    if (time[at] < '0' || time[at] > '9') return false;
  if (time[4] != '-' || time[7] != '-' || time[10] != 'T' || time[13] != ':' || time[16] != ':')
    return false;
  const auto two = [time](std::size_t at) { return (time[at] - '0') * 10 + (time[at + 1] - '0'); };
  const int month = two(5), day = two(8), hour = two(11), second = two(17);
  minute = two(14);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 &&
         second <= 60;
}

bool parse_line(std::string_view line, Request& request) {
  std::string_view rest = line;
  const std::string_view time = next_field(rest);
  request.client = next_field(rest);
  request.method = next_field(rest);
  request.target = next_field(rest);
  const std::string_view status = next_field(rest);
  request.bytes = next_field(rest);
  const std::string_view latency = next_field(rest);
  if (time.empty() || request.client.empty() || request.method.empty() ||
      request.target.empty() || request.bytes.empty() || !read_number(status, request.status) ||
      !read_number(latency, request.latency_us))
    return false;
  if (rest.size() < 2 || rest.front() != '"' || rest.back() != '"') return false;
  if (!read_time(time, request.minute)) return false;
  request.agent = rest.substr(1, rest.size() - 2);
  return true;
}

// "-" (no body) is 0; so is anything that is not a number.
std::uint64_t parse_bytes(std::string_view text) {
  std::uint64_t value = 0;
  if (std::from_chars(text.data(), text.data() + text.size(), value).ec != std::errc()) return 0;
  return value;
}

bool all_digits(std::string_view segment) {
  if (segment.empty()) return false;
  for (const char c : segment)
    if (c < '0' || c > '9') return false;
  return true;
}

// Appends "/api/v2/orders/{id}" for "/api/v2/orders/81723?expand=items" to `key`.
void append_route(std::string& key, std::string_view target) {
  std::string_view path = target.substr(0, target.find('?'));
  while (true) {
    const std::size_t slash = path.find('/');
    const std::string_view segment = path.substr(0, slash);
    key += all_digits(segment) ? std::string_view("{id}") : segment;
    if (slash == std::string_view::npos) break;
    key += '/';
    path.remove_prefix(slash + 1);
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
  std::unordered_set<std::string_view> clients;  // distinct client addresses
  std::vector<std::uint64_t> agents;              // requests by agent id
};

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
// Report (once per endpoint: cold, left as it was apart from the agents' container)

std::int64_t percentile(const std::vector<std::int64_t>& sorted, int percent) {
  if (sorted.empty()) return 0;
  std::size_t rank = (sorted.size() * static_cast<std::size_t>(percent) + 99) / 100;
  if (rank == 0) rank = 1;
  return sorted[rank - 1];
}

std::string millis(std::int64_t micros) {
  char text[32];
  std::snprintf(text, sizeof text, "%lld.%03lld", static_cast<long long>(micros / 1000),
                static_cast<long long>(micros % 1000));
  return text;
}

// The most frequent agents, most frequent first; equal counts in name order.
std::vector<std::pair<std::string_view, std::uint64_t>> top_agents(
    const std::vector<std::uint64_t>& counts, const std::vector<std::string_view>& names,
    std::size_t count) {
  std::vector<std::pair<std::string_view, std::uint64_t>> ranked;
  for (std::size_t id = 0; id < counts.size(); ++id)
    if (counts[id] > 0) ranked.emplace_back(names[id], counts[id]);
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (ranked.size() > count) ranked.resize(count);
  return ranked;
}

void write_endpoint(std::ostream& out, const std::string& name, const EndpointStats& stats,
                    const std::vector<std::string_view>& agent_names, const Settings& settings) {
  char errors[32];
  std::snprintf(errors, sizeof errors, "%.2f",
                100.0 * static_cast<double>(stats.errors) / static_cast<double>(stats.requests));
  out << name << "  requests " << stats.requests << "  peak "
      << *std::max_element(stats.per_minute.begin(), stats.per_minute.end()) << "/min  errors " << errors << "%  slow "
      << stats.slow << "  p50 " << millis(percentile(stats.latencies_us, 50)) << " ms  p95 "
      << millis(percentile(stats.latencies_us, 95)) << " ms  p99 "
      << millis(percentile(stats.latencies_us, 99)) << " ms  clients " << stats.clients.size()
      << "  bytes " << stats.bytes << "  agents";
  const auto agents = top_agents(stats.agents, agent_names, settings.top_agents);
  for (std::size_t i = 0; i < agents.size(); ++i)
    out << (i == 0 ? " \"" : ", \"") << agents[i].first << "\" " << agents[i].second;
  out << std::endl;
}

}  // namespace

std::string summarize_batch(const LogBatch& batch) {
  const Settings settings = parse_config(batch.config);

  std::unordered_map<std::string, EndpointStats> endpoints;
  std::size_t parsed = 0;
  Request request;
  std::string key;  // "METHOD /route", reused for every line
  // Agents get small ids once per batch: a request then counts in its endpoint's array.
  std::unordered_map<std::string_view, std::uint32_t> agent_ids;
  std::vector<std::string_view> agent_names;
  for (const std::string& line : batch.lines) {
    if (!parse_line(line, request)) continue;
    ++parsed;
    const std::uint64_t bytes = parse_bytes(request.bytes);
    key.assign(request.method);
    key += ' ';
    append_route(key, request.target);
    auto found = endpoints.find(key);
    if (found == endpoints.end()) found = endpoints.emplace(key, EndpointStats{}).first;
    EndpointStats& stats = found->second;
    add_request(stats, request, bytes, settings);
    stats.clients.insert(request.client);
    const auto agent = agent_ids.try_emplace(request.agent, agent_names.size()).first->second;
    if (agent == agent_names.size()) agent_names.push_back(request.agent);
    if (stats.agents.size() <= agent) stats.agents.resize(agent + 1);
    ++stats.agents[agent];
  }

  // The report lists the endpoints in name order.
  std::vector<std::pair<const std::string, EndpointStats>*> ordered;
  ordered.reserve(endpoints.size());
  for (auto& entry : endpoints) ordered.push_back(&entry);
  std::sort(ordered.begin(), ordered.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });

  std::ostringstream report;
  report << "access log summary: " << batch.lines.size() << " lines, " << parsed << " parsed, "
         << batch.lines.size() - parsed << " malformed, " << endpoints.size() << " endpoints"
         << std::endl;
  for (auto* entry : ordered) {
    std::sort(entry->second.latencies_us.begin(), entry->second.latencies_us.end());
    write_endpoint(report, entry->first, entry->second, agent_names, settings);
  }
  return report.str();
}

}  // namespace kata::log_analytics::solution
