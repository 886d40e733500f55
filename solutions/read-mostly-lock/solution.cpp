// Reference: every handler thread keeps its own copy of the rollout table and the version
// it was copied at. A request only reads an atomic version counter -- a cache line that
// every core can keep a shared copy of, since it is written a few times per call -- and
// its own copy; the mutex is taken again only when the version has moved on. The baseline
// takes the mutex on every request: two atomic read-modify-writes on one cache line that
// the two handler threads keep pulling away from each other (and, when they collide, a
// futex sleep and wake-up), which costs far more than routing the request.
#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

#include "kata.hpp"

namespace kata::read_mostly_lock::solution {

namespace {

class RolloutTable {
 public:
  explicit RolloutTable(std::vector<Rollout> initial) : rollouts_(std::move(initial)) {}

  // The version now: an acquire load, no lock, no write to shared memory.
  std::uint32_t version() const { return version_.load(std::memory_order_acquire); }

  // Copies the whole table (64 entries, under 400 bytes) and returns its version, both
  // under the lock so that they belong together.
  std::uint32_t copy_into(std::vector<Rollout>& copy) const {
    std::lock_guard<std::mutex> lock(mutex_);
    copy = rollouts_;
    return version_.load(std::memory_order_relaxed);
  }

  void apply(const RolloutChange& change) {
    std::lock_guard<std::mutex> lock(mutex_);
    rollouts_[change.service] = change.rollout;
    version_.store(version_.load(std::memory_order_relaxed) + 1, std::memory_order_release);
  }

 private:
  mutable std::mutex mutex_;
  std::vector<Rollout> rollouts_;
  // On its own cache line: readers poll it, and taking the mutex (on a change) must not
  // take the line away from them.
  alignas(64) std::atomic<std::uint32_t> version_{0};
};

void serve_connection(RolloutTable& table, const std::vector<Request>& requests,
                      const std::vector<RolloutChange>& changes, std::vector<Routed>& out) {
  std::vector<Rollout> snapshot;  // this thread's copy, at version `seen`
  std::uint32_t seen = table.copy_into(snapshot);
  std::size_t next_change = 0;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    if (next_change < changes.size() && changes[next_change].at == i)
      table.apply(changes[next_change++]);
    // A change since the copy was taken (by any thread, this one included): copy again.
    if (table.version() != seen) seen = table.copy_into(snapshot);
    out[i] = Routed{seen, route(requests[i], snapshot[requests[i].service])};
  }
}

}  // namespace

RoutingLog serve(const Traffic& traffic) {
  RolloutTable table(traffic.initial);
  RoutingLog log;
  log.connections.resize(traffic.connections.size());
  for (std::size_t c = 0; c < traffic.connections.size(); ++c)
    log.connections[c].resize(traffic.connections[c].size());

  static const std::vector<RolloutChange> no_changes;
  {
    // std::jthread joins on destruction: every handler has finished when this block ends,
    // also if starting one of them throws.
    std::vector<std::jthread> handlers;
    handlers.reserve(traffic.connections.size());
    for (std::size_t c = 0; c < traffic.connections.size(); ++c)
      handlers.emplace_back(serve_connection, std::ref(table), std::cref(traffic.connections[c]),
                            std::cref(c == 0 ? traffic.changes : no_changes),
                            std::ref(log.connections[c]));
  }
  return log;
}

}  // namespace kata::read_mostly_lock::solution
