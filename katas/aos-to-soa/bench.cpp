// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated effects of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace as = kata::aos_to_soa;

KATA_BENCHMARK(kata::harness::Bench<as::Effect, as::Prewarmed>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return as::make_effect(size, seed); },
    .baseline = [](const as::Effect& effect) { return as::baseline::prewarm(effect); },
    .solution = [](const as::Effect& effect) { return as::solution::prewarm(effect); },
    .bytes_processed =
        [](const as::Effect& effect) {
          return static_cast<std::int64_t>(effect.spawns.size() * sizeof(as::Spawn));
        },
});
