// A real step, not the whole way: std::nth_element on a copy moves the 10 slowest requests
// to the front in O(n) average time, and only those 10 are sorted. But the copy of all the
// requests stays (19 MB written and read again), and the selection still partitions the
// whole copy several times over, moving 48-byte records around, where a single read-only
// pass with a 10-entry heap would do.
#include <algorithm>
#include <cstdio>

#include "kata.hpp"

namespace kata::top_k::solution {

namespace {

// Slowest first; equal latencies by request id, so the list is the same on every run.
bool slower_first(const Request& a, const Request& b) {
  if (a.latency_us != b.latency_us) return a.latency_us > b.latency_us;
  return a.id < b.id;
}

// Cold path (ten lines per alert): left as it was.
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
  const std::size_t count = std::min(slowest_count, by_latency.size());
  std::nth_element(by_latency.begin(), by_latency.begin() + static_cast<std::ptrdiff_t>(count),
                   by_latency.end(), slower_first);
  std::sort(by_latency.begin(), by_latency.begin() + static_cast<std::ptrdiff_t>(count),
            slower_first);

  std::vector<std::string> lines;
  for (std::size_t i = 0; i < count; ++i)
    lines.push_back(format_line(i + 1, by_latency[i], window.routes));
  return lines;
}

}  // namespace kata::top_k::solution
