// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches of the sizes listed in kata.json. A call is one
// batch through the queue and the risk service (relay_batch in kata.hpp).
#include "kata.hpp"
#include "kata/bench.hpp"

namespace tvb = kata::text_vs_binary;

KATA_BENCHMARK(kata::harness::Bench<std::vector<tvb::Fill>, tvb::RiskUpdate>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return tvb::make_fills(size, seed); },
    .baseline = [](const std::vector<tvb::Fill>& fills) { return tvb::baseline::relay_batch(fills); },
    .solution = [](const std::vector<tvb::Fill>& fills) { return tvb::solution::relay_batch(fills); },
});
