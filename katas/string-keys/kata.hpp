#pragma once
// string-keys: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kata/random.hpp"

namespace kata::string_keys {

// One data point: the series it belongs to, as an index into PointBatch::symbols, and its
// value (a duration in microseconds, a byte count, a queue depth...).
struct Point {
  std::uint32_t name_ref = 0;
  std::int64_t value = 0;
};

// A batch of points as the collector receives it: every producer sends the names of its
// series once, in its own symbol table, and its points refer to them by index. The
// collector concatenates the producers' tables, so `symbols` can hold the same name
// several times (once per producer that reports it) and points of the same series can
// carry different refs.
struct PointBatch {
  std::vector<std::string> symbols;  // e.g. "checkout.http.server.duration_us"
  std::vector<Point> points;         // every name_ref < symbols.size()
};

// Per-series statistics over the batch.
struct SeriesSummary {
  std::string name;
  std::int64_t count = 0;
  std::int64_t sum = 0;
  std::int64_t min = 0;
  std::int64_t max = 0;
  friend bool operator==(const SeriesSummary&, const SeriesSummary&) = default;
};

// Aggregates the batch by series name: one row per distinct name that at least one point
// refers to (however many refs it has), sorted by name.
namespace baseline {
std::vector<SeriesSummary> aggregate(const PointBatch& batch);
}
namespace solution {
std::vector<SeriesSummary> aggregate(const PointBatch& batch);
}

// The 200 series names the generated batches draw from: 22-35 characters, like
// "checkout.http.server.duration_us" (too long for the small-string buffer).
inline const std::vector<std::string>& series_vocabulary() {
  static const std::vector<std::string> names = [] {
    static constexpr std::array<std::string_view, 10> services = {
        "api", "auth", "cart", "search", "billing", "catalog", "checkout", "payments",
        "shipping", "inventory"};
    static constexpr std::array<std::string_view, 20> metrics = {
        "http.server.duration_us", "http.server.request_bytes", "http.server.active",
        "http.client.duration_us", "http.client.errors_total", "db.client.query_us",
        "db.client.rows_read", "db.client.pool.wait_us", "cache.lookup.hits_total",
        "cache.lookup.misses_total", "queue.publish.latency_us", "queue.consumer.lag",
        "runtime.gc.pause_us", "runtime.heap.used_bytes", "runtime.threads.active",
        "rpc.server.duration_us", "rpc.client.retries_total", "disk.io.read_bytes",
        "disk.io.write_bytes", "net.tcp.retransmits"};
    std::vector<std::string> all;
    for (std::string_view service : services)
      for (std::string_view metric : metrics)
        all.push_back(std::string(service) + "." + std::string(metric));
    return all;
  }();
  return names;
}

// The inputs the tests and the benchmark use: `count` points drawn from `seed`, sent by 8
// producers, each with its own symbol table of 40-120 of the 200 names in its own order.
// Some series are far busier than others, as in production.
inline PointBatch make_batch(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  const std::vector<std::string>& vocabulary = series_vocabulary();
  constexpr std::size_t kProducers = 8;

  PointBatch batch;
  std::array<std::size_t, kProducers + 1> table_start{};
  std::vector<std::size_t> order(vocabulary.size());
  for (std::size_t p = 0; p < kProducers; ++p) {
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (std::size_t i = order.size() - 1; i > 0; --i)
      std::swap(order[i], order[static_cast<std::size_t>(rng.next() % (i + 1))]);
    const auto table_size = static_cast<std::size_t>(rng.between(40, 120));
    table_start[p] = batch.symbols.size();
    for (std::size_t i = 0; i < table_size; ++i) batch.symbols.push_back(vocabulary[order[i]]);
  }
  table_start[kProducers] = batch.symbols.size();

  batch.points.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const auto producer = static_cast<std::size_t>(rng.next() % kProducers);
    const std::size_t table_size = table_start[producer + 1] - table_start[producer];
    // Skewed towards the start of each table: a few busy series, a long tail.
    const double u = rng.unit();
    const auto local = static_cast<std::size_t>(static_cast<double>(table_size) * u * u);
    const auto ref =
        static_cast<std::uint32_t>(table_start[producer] + std::min(local, table_size - 1));
    batch.points.push_back({ref, rng.between(0, 250'000)});
  }
  return batch;
}

}  // namespace kata::string_keys
