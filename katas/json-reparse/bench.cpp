// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches (a new configuration each) of the sizes listed in
// kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace jr = kata::json_reparse;

KATA_BENCHMARK(kata::harness::Bench<jr::GatewayBatch, std::vector<jr::Decision>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return jr::make_gateway_batch(size, seed); },
    .baseline = [](const jr::GatewayBatch& batch) { return jr::baseline::route_batch(batch); },
    .solution = [](const jr::GatewayBatch& batch) { return jr::solution::route_batch(batch); },
});
