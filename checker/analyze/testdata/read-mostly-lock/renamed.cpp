// Detector fixture: the baseline's lock-per-request with other names, a plain struct
// instead of a class, the lock taken inline in a while loop inside a lambda, and the
// change applied by a helper. The lock-per-read detector must still fire.
#include <mutex>
#include <thread>

#include "kata.hpp"

namespace kata::read_mostly_lock::solution {

namespace {

struct Shared {
  std::mutex guard;
  std::vector<Rollout> table;
  std::uint32_t generation = 0;
};

void publish(Shared& shared, const RolloutChange& change) {
  std::unique_lock<std::mutex> hold(shared.guard);
  shared.table[change.service] = change.rollout;
  shared.generation += 1;
}

}  // namespace

RoutingLog serve(const Traffic& traffic) {
  Shared shared{{}, traffic.initial, 0};
  RoutingLog log;
  log.connections.resize(traffic.connections.size());
  std::vector<std::jthread> workers;
  for (std::size_t c = 0; c < traffic.connections.size(); ++c) {
    log.connections[c].resize(traffic.connections[c].size());
    workers.emplace_back([&shared, &traffic, &log, c] {
      const auto& incoming = traffic.connections[c];
      std::size_t k = 0, n = 0;
      while (n < incoming.size()) {
        if (c == 0 && k < traffic.changes.size() && traffic.changes[k].at == n)
          publish(shared, traffic.changes[k++]);
        Rollout current;
        std::uint32_t generation;
        {
          std::scoped_lock hold(shared.guard);
          current = shared.table[incoming[n].service];
          generation = shared.generation;
        }
        log.connections[c][n] = Routed{generation, route(incoming[n], current)};
        ++n;
      }
    });
  }
  workers.clear();  // joins every worker
  return log;
}

}  // namespace kata::read_mostly_lock::solution
