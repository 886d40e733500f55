// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated traffic of the sizes listed in kata.json (requests in all,
// over two connections, one rollout change per 10,000 requests).
//
// The other connections' versions depend on how the threads interleave, so two correct
// logs of the same traffic may differ: the cross-check asks whether each log is a correct
// answer for its traffic (kata.hpp's routing_problem), which needs the traffic next to the
// log.
#include <memory>

#include "kata.hpp"
#include "kata/bench.hpp"

namespace rml = kata::read_mostly_lock;

namespace {

using SharedTraffic = std::shared_ptr<const rml::Traffic>;

struct ServedTraffic {
  SharedTraffic traffic;
  rml::RoutingLog log;
};

}  // namespace

KATA_BENCHMARK(kata::harness::Bench<SharedTraffic, ServedTraffic>{
    .make_input = [](std::size_t size, std::uint64_t seed) {
      return std::make_shared<const rml::Traffic>(rml::make_traffic(size, seed));
    },
    .baseline = [](const SharedTraffic& traffic) {
      return ServedTraffic{traffic, rml::baseline::serve(*traffic)};
    },
    .solution = [](const SharedTraffic& traffic) {
      return ServedTraffic{traffic, rml::solution::serve(*traffic)};
    },
    .same_output = [](const ServedTraffic& expected, const ServedTraffic& actual) {
      return expected.traffic == actual.traffic &&
             rml::routing_problem(*expected.traffic, expected.log).empty() &&
             rml::routing_problem(*actual.traffic, actual.log).empty();
    },
});
