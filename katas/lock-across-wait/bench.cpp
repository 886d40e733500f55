// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated request batches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace law = kata::lock_across_wait;

KATA_BENCHMARK(kata::harness::Bench<law::Batch, law::Outcome>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return law::make_batch(size, seed); },
    .baseline = [](const law::Batch& batch) { return law::baseline::reserve_batch(batch); },
    .solution = [](const law::Batch& batch) { return law::solution::reserve_batch(batch); },
});
