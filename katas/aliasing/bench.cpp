// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated frames of the sizes (lines of 4096 pixels) listed in
// kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace al = kata::aliasing;

KATA_BENCHMARK(kata::harness::Bench<al::Capture, std::vector<al::LineStats>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return al::make_capture(size, seed); },
    .baseline = [](const al::Capture& capture) { return al::baseline::inspect_frame(capture); },
    .solution = [](const al::Capture& capture) { return al::solution::inspect_frame(capture); },
});
