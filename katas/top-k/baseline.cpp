// The alert's slowest-requests list as first written: sort a copy of the minute's requests,
// slowest first, and keep the top ten. Never edited: the checker measures yours against it.
#include <algorithm>
#include <cstdio>

#include "kata.hpp"

namespace kata::top_k::baseline {

namespace {

// Slowest first; equal latencies by request id, so the list is the same on every run.
bool slower_first(const Request& a, const Request& b) {
  if (a.latency_us != b.latency_us) return a.latency_us > b.latency_us;
  return a.id < b.id;
}

// " 1. 30000.000 ms  504  POST /api/v2/checkout  upstream 7  request 9f1c2e0a4b7d3365".
// Runs once per listed request: ten times per alert.
std::string format_line(std::size_t rank, const Request& request,
                        const std::vector<std::string>& routes) {
  char millis[24];
  std::snprintf(millis, sizeof millis, "%u.%03u", request.latency_us / 1000,
                request.latency_us % 1000);
  char id[17];
  std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(request.id));
  std::string line = (rank < 10 ? " " : "") + std::to_string(rank) + ". ";
  line = line + millis + " ms  " + std::to_string(request.status) + "  ";
  line = line + (request.route < routes.size() ? routes[request.route] : "?");
  line = line + "  upstream " + std::to_string(request.upstream) + "  request " + id;
  return line;
}

}  // namespace

std::vector<std::string> slowest_requests(const Window& window) {
  std::vector<Request> by_latency = window.requests;
  std::sort(by_latency.begin(), by_latency.end(), slower_first);

  std::vector<std::string> lines;
  for (std::size_t i = 0; i < by_latency.size() && i < slowest_count; ++i)
    lines.push_back(format_line(i + 1, by_latency[i], window.routes));
  return lines;
}

}  // namespace kata::top_k::baseline
