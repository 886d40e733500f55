// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated windows of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace tk = kata::top_k;

KATA_BENCHMARK(kata::harness::Bench<tk::Window, std::vector<std::string>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return tk::make_window(size, seed); },
    .baseline = [](const tk::Window& window) { return tk::baseline::slowest_requests(window); },
    .solution = [](const tk::Window& window) { return tk::solution::slowest_requests(window); },
});
