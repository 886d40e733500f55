// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated reports of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace sc = kata::string_concat;

KATA_BENCHMARK(kata::harness::Bench<std::vector<sc::Sample>, std::string>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return sc::make_samples(size, seed); },
    .baseline = [](const std::vector<sc::Sample>& samples) { return sc::baseline::render_report(samples); },
    .solution = [](const std::vector<sc::Sample>& samples) { return sc::solution::render_report(samples); },
});
