// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated modules of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace sv = kata::small_vectors;

KATA_BENCHMARK(kata::harness::Bench<sv::Module, std::vector<std::uint32_t>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return sv::make_module(size, seed); },
    .baseline = [](const sv::Module& module) { return sv::baseline::live_instructions(module); },
    .solution = [](const sv::Module& module) { return sv::solution::live_instructions(module); },
});
