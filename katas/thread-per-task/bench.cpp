// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace tpt = kata::thread_per_task;

KATA_BENCHMARK(kata::harness::Bench<tpt::ScoringBatch, std::vector<float>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return tpt::make_batch(size, seed); },
    .baseline = [](const tpt::ScoringBatch& batch) { return tpt::baseline::score_batch(batch); },
    .solution = [](const tpt::ScoringBatch& batch) { return tpt::solution::score_batch(batch); },
});
