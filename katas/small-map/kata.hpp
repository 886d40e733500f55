#pragma once
// small-map: the interface the baseline and your solution share. Do not edit: the checker
// builds your solution.cpp against its own copy of this file.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kata/random.hpp"

namespace kata::small_map {

// One parsed line of a service's structured log. The views point into LogBatch::text.
struct Event {
  std::int64_t timestamp_ms = 0;
  std::string_view type;     // e.g. "http.request.finish"
  std::string_view message;  // the rest of the line, e.g. "route=/api/v1/orders status=200"
};

// A batch of log lines as the shipper hands it over: the raw text and the events parsed
// out of it. Move-only, because the events' views point into `text`.
struct LogBatch {
  std::string text;
  std::vector<Event> events;

  LogBatch() = default;
  LogBatch(LogBatch&&) = default;
  LogBatch& operator=(LogBatch&&) = default;
  LogBatch(const LogBatch&) = delete;
  LogBatch& operator=(const LogBatch&) = delete;
};

// The event types the dashboard has a row for, in the dashboard's order. Any other type
// is counted in a final "other" row.
inline constexpr std::array<std::string_view, 8> kEventTypes = {
    "http.request.start", "http.request.finish", "db.query.executed", "cache.lookup.hit",
    "cache.lookup.miss",  "auth.login.success",  "auth.login.rejected", "job.run.completed"};

// One dashboard row: how many events of a type the batch held and their message bytes.
struct TypeStats {
  std::string type;
  std::int64_t events = 0;
  std::int64_t message_bytes = 0;
  friend bool operator==(const TypeStats&, const TypeStats&) = default;
};

// Counts the batch's events per type: one row per entry of kEventTypes, in that order,
// then a row named "other" for every event whose type is not in kEventTypes.
namespace baseline {
std::vector<TypeStats> summarize(const LogBatch& batch);
}
namespace solution {
std::vector<TypeStats> summarize(const LogBatch& batch);
}

// The inputs the tests and the benchmark use: a batch of `count` log lines drawn from
// `seed`. Types follow a production-like mix (HTTP events most common, 3% of unknown
// types); the text is laid out line by line, as the shipper received it.
inline LogBatch make_batch(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  struct Kind {
    std::string_view type;
    int weight;  // per thousand
  };
  static constexpr std::array<Kind, 11> kinds = {{{"http.request.start", 240},
                                                  {"http.request.finish", 240},
                                                  {"db.query.executed", 150},
                                                  {"cache.lookup.hit", 120},
                                                  {"cache.lookup.miss", 50},
                                                  {"auth.login.success", 50},
                                                  {"auth.login.rejected", 20},
                                                  {"job.run.completed", 100},
                                                  {"debug.trace.sampled", 15},
                                                  {"gc.pause.recorded", 10},
                                                  {"http.request.retry", 5}}};
  static const std::vector<std::string> routes = {"/api/v1/orders", "/api/v1/users/me",
                                                  "/api/v2/search", "/healthz",
                                                  "/api/v1/carts/checkout"};
  struct Span {
    std::size_t type_at, type_length, message_at, message_length;
    std::int64_t timestamp_ms;
  };
  std::vector<Span> spans;
  spans.reserve(count);
  LogBatch batch;
  batch.text.reserve(count * 64);
  std::int64_t timestamp_ms = 1'700'000'000'000;
  for (std::size_t i = 0; i < count; ++i) {
    int roll = static_cast<int>(rng.between(0, 999));
    std::size_t k = 0;
    while (k + 1 < kinds.size() && roll >= kinds[k].weight) roll -= kinds[k++].weight;
    timestamp_ms += rng.between(0, 3);
    const std::string stamp = std::to_string(timestamp_ms);
    batch.text += stamp;
    batch.text += ' ';
    const std::size_t type_at = batch.text.size();
    batch.text += kinds[k].type;
    batch.text += ' ';
    const std::size_t message_at = batch.text.size();
    batch.text += "route=";
    batch.text += rng.pick(routes);
    batch.text += " dur_us=";
    batch.text += std::to_string(rng.between(50, 250'000));
    spans.push_back({type_at, kinds[k].type.size(), message_at, batch.text.size() - message_at,
                     timestamp_ms});
    batch.text += '\n';
  }
  // Views are taken once the text has stopped growing.
  const std::string_view text = batch.text;
  batch.events.reserve(count);
  for (const Span& span : spans)
    batch.events.push_back({span.timestamp_ms, text.substr(span.type_at, span.type_length),
                            text.substr(span.message_at, span.message_length)});
  return batch;
}

}  // namespace kata::small_map
