#pragma once
// top-k: the interface the baseline and your solution share. Do not edit: the checker
// builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kata/random.hpp"

namespace kata::top_k {

// One request through the API gateway, as its access log records it (48 bytes).
struct Request {
  std::uint64_t id;                   // request id (the X-Request-Id's 64 bits): one per
                                      // request, though a log line delivered twice is the
                                      // same record twice
  std::uint64_t client;               // hash of the caller's API key
  std::int64_t started_at_us;         // Unix time, microseconds
  std::uint32_t latency_us;           // first byte received to last byte sent
  std::uint32_t upstream_latency_us;  // the part spent waiting for the backend
  std::uint32_t bytes_received;
  std::uint32_t bytes_sent;
  std::uint16_t status;               // HTTP status; 504 when the backend timed out
  std::uint16_t route;                // index into Window::routes
  std::uint32_t upstream;             // which backend instance served it
};

// The last minute of traffic, in arrival order.
struct Window {
  std::vector<std::string> routes;  // "GET /api/v2/orders/{id}", ...
  std::vector<Request> requests;
};

// How many requests the on-call alert lists.
inline constexpr std::size_t slowest_count = 10;

// The alert's "slowest requests" section: the slowest_count slowest requests of the window
// (all of them if there are fewer), slowest first; requests with equal latencies in
// ascending order of their ids. One formatted line per request, e.g.
//   " 1. 30000.000 ms  504  POST /api/v2/checkout  upstream 7  request 9f1c2e0a4b7d3365"
namespace baseline {
std::vector<std::string> slowest_requests(const Window& window);
}
namespace solution {
std::vector<std::string> slowest_requests(const Window& window);
}

// Request ids: a bijective mix of a counter, so they look random and never repeat.
inline std::uint64_t request_id(std::uint64_t counter) {
  std::uint64_t z = counter;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// The inputs the tests and the benchmark use: a minute of `count` requests drawn from
// `seed`. Most take a few milliseconds, a tail takes seconds, and about one in 100,000 hits
// the gateway's 30 s timeout; a third of the backends report whole milliseconds only, so
// equal latencies are common.
inline Window make_window(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  Window window;
  window.routes = {"GET /api/v2/orders/{id}",        "GET /api/v2/orders?customer={id}",
                   "POST /api/v2/orders",            "POST /api/v2/checkout",
                   "GET /api/v2/catalogue/search",   "GET /api/v2/catalogue/items/{sku}",
                   "PUT /api/v2/carts/{id}/items",   "GET /api/v2/customers/{id}/invoices",
                   "POST /api/v2/payments/authorise", "GET /healthz/upstreams",
                   "GET /api/v1/legacy/stock-levels", "DELETE /api/v2/carts/{id}/items/{sku}"};
  std::vector<std::uint64_t> clients(200);
  for (std::uint64_t& client : clients) client = rng.next();
  const std::uint64_t first_id = rng.next();
  std::int64_t started_at_us = 1'718'000'000'000'000 + rng.between(0, 86'400'000'000);
  window.requests.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    started_at_us += rng.between(0, 240);
    const auto upstream = static_cast<std::uint32_t>(rng.between(0, 11));
    const double draw = rng.unit();
    std::uint32_t latency_us;
    std::uint16_t status = 200;
    if (draw < 0.00001) {
      latency_us = 30'000'000;  // the gateway's timeout
      status = 504;
    } else if (draw < 0.01) {
      latency_us = static_cast<std::uint32_t>(rng.between(600'000, 8'000'000));
      status = rng.chance(0.3) ? 503 : 200;
    } else if (draw < 0.10) {
      latency_us = static_cast<std::uint32_t>(rng.between(60'000, 600'000));
    } else {
      latency_us = static_cast<std::uint32_t>(rng.between(800, 60'000));
    }
    if (upstream % 3 == 0) latency_us -= latency_us % 1000;  // millisecond resolution
    const auto gateway_us = static_cast<std::uint32_t>(rng.between(150, 900));
    window.requests.push_back(Request{
        request_id(first_id + i), clients[static_cast<std::size_t>(rng.next() % clients.size())],
        started_at_us, latency_us, latency_us > gateway_us ? latency_us - gateway_us : 0,
        static_cast<std::uint32_t>(rng.between(200, 4'000)),
        static_cast<std::uint32_t>(rng.between(0, 250'000)), status,
        static_cast<std::uint16_t>(rng.next() % window.routes.size()), upstream});
  }
  return window;
}

}  // namespace kata::top_k
