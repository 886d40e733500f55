// Another acceptable fix, written differently: the table is immutable once published. A
// change builds a new table and publishes it as a std::shared_ptr<const ...> together with
// its version; each handler thread holds its own shared_ptr to the table it routes with
// and, when the atomic version says a newer one is out, takes the lock once to pick it up.
// Readers then never copy the table (a change copies it once), and a table stays alive
// for as long as any handler still routes with it.
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "kata.hpp"

namespace kata::read_mostly_lock::solution {

namespace {

struct Published {
  std::vector<Rollout> rollouts;
  std::uint32_t version = 0;
};

class RolloutTable {
 public:
  explicit RolloutTable(std::vector<Rollout> initial)
      : current_(std::make_shared<const Published>(Published{std::move(initial), 0})) {}

  std::uint32_t version() const { return version_.load(std::memory_order_acquire); }

  std::shared_ptr<const Published> current() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return current_;
  }

  void apply(const RolloutChange& change) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto next = std::make_shared<Published>(*current_);
    next->rollouts[change.service] = change.rollout;
    ++next->version;
    current_ = std::move(next);
    version_.store(current_->version, std::memory_order_release);
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const Published> current_;
  alignas(64) std::atomic<std::uint32_t> version_{0};
};

void serve_connection(RolloutTable& table, const std::vector<Request>& requests,
                      const std::vector<RolloutChange>& changes, std::vector<Routed>& out) {
  std::shared_ptr<const Published> mine = table.current();
  std::size_t next_change = 0;
  std::size_t i = 0;
  for (const Request& request : requests) {
    if (next_change < changes.size() && changes[next_change].at == i)
      table.apply(changes[next_change++]);
    if (table.version() != mine->version) mine = table.current();
    out[i++] = Routed{mine->version, route(request, mine->rollouts[request.service])};
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
