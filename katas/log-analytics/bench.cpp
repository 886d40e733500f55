// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace la = kata::log_analytics;

KATA_BENCHMARK(kata::harness::Bench<la::LogBatch, std::string>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return la::make_batch(size, seed); },
    .baseline = [](const la::LogBatch& batch) { return la::baseline::summarize_batch(batch); },
    .solution = [](const la::LogBatch& batch) { return la::solution::summarize_batch(batch); },
});
