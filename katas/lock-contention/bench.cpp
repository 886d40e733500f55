// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated log batches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace lc = kata::lock_contention;

KATA_BENCHMARK(kata::harness::Bench<lc::LogBatch, std::vector<lc::TermCount>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return lc::make_batch(size, seed); },
    .baseline = [](const lc::LogBatch& batch) { return lc::baseline::count_terms(batch); },
    .solution = [](const lc::LogBatch& batch) { return lc::solution::count_terms(batch); },
});
