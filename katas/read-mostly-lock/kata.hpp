#pragma once
// read-mostly-lock: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kata/random.hpp"

namespace kata::read_mostly_lock {

// The gateway fronts this many services; a request names its service by index (the URL
// router has already resolved the path).
inline constexpr std::size_t kServices = 64;

// How one service's traffic is split during a gradual rollout: users whose bucket is below
// canary_per_10k (basis points of the user population) go to the canary pool, everyone
// else to the stable pool. 0 = no canary, 10000 = everyone on the canary.
struct Rollout {
  std::uint16_t stable_pool = 0;
  std::uint16_t canary_pool = 0;
  std::uint16_t canary_per_10k = 0;
  friend bool operator==(const Rollout&, const Rollout&) = default;
};

// One request: its service and its user's rollout bucket (a hash of the user id, 0-9999,
// so that a user stays on the same side of a rollout from one request to the next).
struct Request {
  std::uint16_t service = 0;
  std::uint16_t bucket = 0;
};

// The pool a request goes to under a rollout.
inline std::uint16_t route(const Request& request, const Rollout& rollout) {
  return request.bucket < rollout.canary_per_10k ? rollout.canary_pool : rollout.stable_pool;
}

// A release engineer's change to the rollout table: `service` gets `rollout`. Changes come
// in on the operators' connection (connection 0), between its requests: a change with
// at == i is applied just before connection 0's request i is routed.
struct RolloutChange {
  std::size_t at = 0;
  std::uint16_t service = 0;
  Rollout rollout;
};

// What one gateway process serves in a call: the rollout table it starts with (kServices
// entries), one request stream per handler thread (the gateway runs one handler per
// connection, connections.size() of them, at least one), and the rollout changes, in
// strictly increasing `at`, every `at` < connections[0].size().
struct Traffic {
  std::vector<Rollout> initial;
  std::vector<std::vector<Request>> connections;
  std::vector<RolloutChange> changes;
};

// How one request was routed: the pool, and the version of the rollout table it was routed
// with (the number of changes applied to that table: 0 for the initial table).
struct Routed {
  std::uint32_t version = 0;
  std::uint16_t pool = 0;
  friend bool operator==(const Routed&, const Routed&) = default;
};

// One entry per request, per connection, in the connections' order.
struct RoutingLog {
  std::vector<std::vector<Routed>> connections;
  friend bool operator==(const RoutingLog&, const RoutingLog&) = default;
};

// Serves the traffic with one handler thread per connection, all running at once, while
// connection 0 also applies the rollout changes to the shared table. Every request is
// routed with one consistent version of the table, and never an older one than a version
// its own handler already used or applied: connection 0's requests see exactly the changes
// before them; the other connections see versions that never go backwards, whatever the
// interleaving.
namespace baseline {
RoutingLog serve(const Traffic& traffic);
}
namespace solution {
RoutingLog serve(const Traffic& traffic);
}

// The rollout table at every version: tables[v] has changes 1..v applied.
inline std::vector<std::vector<Rollout>> tables_by_version(const Traffic& traffic) {
  std::vector<std::vector<Rollout>> tables{traffic.initial};
  for (const RolloutChange& change : traffic.changes) {
    tables.push_back(tables.back());
    tables.back()[change.service] = change.rollout;
  }
  return tables;
}

// What the tests and the benchmark's cross-check accept, since the other connections'
// versions depend on the interleaving: an empty string when `log` is a correct answer for
// `traffic`, otherwise what is wrong with it (the first problem found).
inline std::string routing_problem(const Traffic& traffic, const RoutingLog& log) {
  if (log.connections.size() != traffic.connections.size())
    return "log has " + std::to_string(log.connections.size()) + " connections, traffic " +
           std::to_string(traffic.connections.size());
  const auto tables = tables_by_version(traffic);
  for (std::size_t c = 0; c < traffic.connections.size(); ++c) {
    const std::vector<Request>& requests = traffic.connections[c];
    const std::vector<Routed>& routed = log.connections[c];
    const std::string where = "connection " + std::to_string(c);
    if (routed.size() != requests.size())
      return where + ": " + std::to_string(routed.size()) + " entries for " +
             std::to_string(requests.size()) + " requests";
    std::size_t applied = 0;  // connection 0: changes before request i
    std::uint32_t previous = 0;
    for (std::size_t i = 0; i < requests.size(); ++i) {
      const std::string at = where + ", request " + std::to_string(i);
      const std::uint32_t version = routed[i].version;
      if (version >= tables.size())
        return at + ": version " + std::to_string(version) + " does not exist (" +
               std::to_string(traffic.changes.size()) + " changes)";
      if (c == 0) {
        while (applied < traffic.changes.size() && traffic.changes[applied].at <= i) ++applied;
        if (version != applied)
          return at + ": routed with version " + std::to_string(version) + ", but " +
                 std::to_string(applied) + " changes were applied before it on this connection";
      } else if (version < previous) {
        return at + ": version went back from " + std::to_string(previous) + " to " +
               std::to_string(version);
      }
      previous = version;
      const std::uint16_t expected = route(requests[i], tables[version][requests[i].service]);
      if (routed[i].pool != expected)
        return at + ": pool " + std::to_string(routed[i].pool) + ", but version " +
               std::to_string(version) + " of the table routes it to pool " +
               std::to_string(expected);
    }
  }
  return "";
}

// A random rollout: canaries are usually small, sometimes the whole population.
inline Rollout random_rollout(kata::random::Rng& rng) {
  static const std::vector<std::uint16_t> steps = {0, 0, 100, 500, 1000, 2500, 5000, 10000};
  const auto stable = static_cast<std::uint16_t>(rng.between(0, 999));
  const auto canary = static_cast<std::uint16_t>((stable + rng.between(1, 999)) % 1000);
  return Rollout{stable, canary, rng.pick(steps)};
}

// On the gateway, one rollout change per ~10,000 requests served.
inline constexpr std::size_t kRequestsPerChange = 10'000;

// The inputs the tests and the benchmark use: `requests` requests in all, spread over
// `handlers` connections, one rollout change per `requests_per_change` of them (applied on
// connection 0 at evenly spaced points), drawn from `seed`. Popular services get most of
// the traffic.
inline Traffic make_traffic(std::size_t requests, std::uint64_t seed, std::size_t handlers = 2,
                            std::size_t requests_per_change = kRequestsPerChange) {
  kata::random::Rng rng(seed);
  Traffic traffic;
  for (std::size_t s = 0; s < kServices; ++s) traffic.initial.push_back(random_rollout(rng));
  traffic.connections.resize(handlers);
  for (std::size_t c = 0; c < handlers; ++c) {
    const std::size_t count = requests / handlers + (c < requests % handlers ? 1 : 0);
    traffic.connections[c].reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      const auto a = rng.between(0, kServices - 1);
      const auto b = rng.between(0, kServices - 1);
      traffic.connections[c].push_back(
          Request{static_cast<std::uint16_t>(std::min(a, b)),
                  static_cast<std::uint16_t>(rng.between(0, 9999))});
    }
  }
  const std::size_t on_first = traffic.connections[0].size();
  const std::size_t changes = requests / std::max<std::size_t>(requests_per_change, 1);
  for (std::size_t k = 1; k <= changes; ++k) {
    const std::size_t at = k * on_first / (changes + 1);
    if (at == 0 || (!traffic.changes.empty() && at <= traffic.changes.back().at)) continue;
    traffic.changes.push_back(RolloutChange{
        at, static_cast<std::uint16_t>(rng.between(0, kServices - 1)), random_rollout(rng)});
  }
  return traffic;
}

}  // namespace kata::read_mostly_lock
