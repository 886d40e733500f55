// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated matches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace be = kata::boxed_everything;

KATA_BENCHMARK(kata::harness::Bench<be::Match, std::vector<be::TickReport>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return be::make_match(size, seed); },
    .baseline = [](const be::Match& match) { return be::baseline::simulate(match); },
    .solution = [](const be::Match& match) { return be::solution::simulate(match); },
});
