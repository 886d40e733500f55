// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated plates of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace bc = kata::bounds_checks;

KATA_BENCHMARK(kata::harness::Bench<bc::Plate, std::vector<std::vector<float>>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return bc::make_plate(size, seed); },
    .baseline = [](const bc::Plate& plate) { return bc::baseline::diffuse(plate); },
    .solution = [](const bc::Plate& plate) { return bc::solution::diffuse(plate); },
});
