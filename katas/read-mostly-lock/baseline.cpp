// The gateway's routing as it was first written: the rollout table sits behind one mutex,
// and every request takes it to read its service's entry. Never edited: the checker
// measures your solution against it.
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

#include "kata.hpp"

namespace kata::read_mostly_lock::baseline {

namespace {

// The rollout table shared by every handler thread. Release engineers change it a few
// times an hour; every request reads it.
class RolloutTable {
 public:
  explicit RolloutTable(std::vector<Rollout> initial) : rollouts_(std::move(initial)) {}

  // The service's rollout and the version of the table it was read from.
  std::pair<Rollout, std::uint32_t> lookup(std::uint16_t service) const {
    std::lock_guard<std::mutex> lock(mutex_);
    return {rollouts_[service], version_};
  }

  void apply(const RolloutChange& change) {
    std::lock_guard<std::mutex> lock(mutex_);
    rollouts_[change.service] = change.rollout;
    ++version_;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<Rollout> rollouts_;
  std::uint32_t version_ = 0;
};

// One handler thread: routes its connection's requests in order. Connection 0 is also the
// operators' connection and applies the rollout changes that arrive on it.
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

}  // namespace kata::read_mostly_lock::baseline
