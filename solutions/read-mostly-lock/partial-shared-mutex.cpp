// A step in the right direction that stops short: the table's lock becomes a
// std::shared_mutex, so the handler threads' reads no longer exclude each other -- only a
// change does. But every request still takes and releases the lock: a shared lock is still
// an atomic read-modify-write of the lock's reader count, on one cache line that both
// handler threads write, so the line still moves between the cores on every request.
// Readers no longer wait for each other; they still pay for the line.
#include <functional>
#include <mutex>
#include <shared_mutex>
#include <thread>
#include <utility>

#include "kata.hpp"

namespace kata::read_mostly_lock::solution {

namespace {

class RolloutTable {
 public:
  explicit RolloutTable(std::vector<Rollout> initial) : rollouts_(std::move(initial)) {}

  std::pair<Rollout, std::uint32_t> lookup(std::uint16_t service) const {
    std::shared_lock<std::shared_mutex> lock(mutex_);  // readers share it
    return {rollouts_[service], version_};
  }

  void apply(const RolloutChange& change) {
    std::unique_lock<std::shared_mutex> lock(mutex_);  // a writer has it alone
    rollouts_[change.service] = change.rollout;
    ++version_;
  }

 private:
  mutable std::shared_mutex mutex_;
  std::vector<Rollout> rollouts_;
  std::uint32_t version_ = 0;
};

void serve_connection(RolloutTable& table, const std::vector<Request>& requests,
                      const std::vector<RolloutChange>& changes, std::vector<Routed>& out) {
  std::size_t next_change = 0;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    if (next_change < changes.size() && changes[next_change].at == i)
      table.apply(changes[next_change++]);
    const auto [rollout, version] = table.lookup(requests[i].service);
    out[i] = Routed{version, route(requests[i], rollout)};
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
    std::vector<std::jthread> handlers;  // joined when the block ends, also on a throw
    handlers.reserve(traffic.connections.size());
    for (std::size_t c = 0; c < traffic.connections.size(); ++c)
      handlers.emplace_back(serve_connection, std::ref(table), std::cref(traffic.connections[c]),
                            std::cref(c == 0 ? traffic.changes : no_changes),
                            std::ref(log.connections[c]));
  }
  return log;
}

}  // namespace kata::read_mostly_lock::solution
