// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated stress runs of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace vd = kata::virtual_dispatch;

KATA_BENCHMARK(kata::harness::Bench<vd::StressRun, std::vector<double>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return vd::make_stress_run(size, seed); },
    .baseline = [](const vd::StressRun& run) { return vd::baseline::revalue_book(run); },
    .solution = [](const vd::StressRun& run) { return vd::solution::revalue_book(run); },
});
