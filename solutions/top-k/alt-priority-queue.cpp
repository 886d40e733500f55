// Alternative: a bounded std::priority_queue. The queue holds the 10 slowest requests seen
// so far with the fastest of them on top; a new request replaces the top only when it is
// slower. One pass over the input, no copy of it; the 10 survivors are popped fastest-first
// and written into the list from the bottom up.
#include <algorithm>
#include <cstdio>
#include <queue>

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
  // With slower_first as "less", the top of the queue is the fastest request kept.
  const auto compare = [](const Request& a, const Request& b) { return slower_first(a, b); };
  std::priority_queue<Request, std::vector<Request>, decltype(compare)> kept(compare);
  for (const Request& request : window.requests) {
    if (kept.size() < slowest_count) {
      kept.push(request);
    } else if (slower_first(request, kept.top())) {
      kept.pop();
      kept.push(request);
    }
  }

  std::vector<Request> slowest(kept.size());
  for (std::size_t i = slowest.size(); i > 0; --i) {
    slowest[i - 1] = kept.top();
    kept.pop();
  }
  std::vector<std::string> lines;
  lines.reserve(slowest.size());
  for (std::size_t i = 0; i < slowest.size(); ++i)
    lines.push_back(format_line(i + 1, slowest[i], window.routes));
  return lines;
}

}  // namespace kata::top_k::solution
