// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated screening runs of the sizes (in batches) listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace ee = kata::early_exit;

KATA_BENCHMARK(kata::harness::Bench<ee::Screening, std::vector<ee::Decision>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return ee::make_screening(size, seed); },
    .baseline = [](const ee::Screening& screening) { return ee::baseline::screen(screening); },
    .solution = [](const ee::Screening& screening) { return ee::solution::screen(screening); },
});
