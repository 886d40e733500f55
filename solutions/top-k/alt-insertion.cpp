// Alternative: a hand-written top-10 list. The 10 slowest so far are kept sorted in a small
// array; a request that is not slower than the list's last entry (almost all of them, once
// the list is full) costs one comparison, and the rare one that is slower is inserted by
// shifting at most 10 entries. One pass, no copy of the input, no library heap.
#include <algorithm>
#include <array>
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
  std::array<Request, slowest_count> top{};
  std::size_t filled = 0;
  for (const Request& request : window.requests) {
    if (filled == slowest_count && !slower_first(request, top[filled - 1])) continue;
    std::size_t at = filled < slowest_count ? filled++ : slowest_count - 1;
    while (at > 0 && slower_first(request, top[at - 1])) {
      top[at] = top[at - 1];
      --at;
    }
    top[at] = request;
  }

  std::vector<std::string> lines;
  lines.reserve(filled);
  for (std::size_t i = 0; i < filled; ++i)
    lines.push_back(format_line(i + 1, top[i], window.routes));
  return lines;
}

}  // namespace kata::top_k::solution
