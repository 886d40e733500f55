// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated captures (two receive queues) of the sizes in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace fs = kata::false_sharing;

KATA_BENCHMARK(kata::harness::Bench<fs::Capture, std::vector<fs::QueueStats>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return fs::make_capture(size, seed); },
    .baseline = [](const fs::Capture& capture) { return fs::baseline::count_traffic(capture); },
    .solution = [](const fs::Capture& capture) { return fs::solution::count_traffic(capture); },
});
