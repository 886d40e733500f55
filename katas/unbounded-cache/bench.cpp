// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated log stretches of the sizes listed in kata.json, and counts
// the heap peak of one call at each size (the verdict compares the peaks at L and 4L).
#include "kata.hpp"
#include "kata/bench.hpp"

namespace uc = kata::unbounded_cache;

KATA_BENCHMARK(kata::harness::Bench<uc::AccessLog, uc::TrafficReport>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return uc::make_access_log(size, seed); },
    .baseline = [](const uc::AccessLog& log) { return uc::baseline::traffic_by_network(log); },
    .solution = [](const uc::AccessLog& log) { return uc::solution::traffic_by_network(log); },
});
