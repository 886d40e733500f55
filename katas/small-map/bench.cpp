// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated log batches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace sm = kata::small_map;

KATA_BENCHMARK(kata::harness::Bench<sm::LogBatch, std::vector<sm::TypeStats>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return sm::make_batch(size, seed); },
    .baseline = [](const sm::LogBatch& batch) { return sm::baseline::summarize(batch); },
    .solution = [](const sm::LogBatch& batch) { return sm::solution::summarize(batch); },
});
