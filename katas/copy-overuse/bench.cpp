// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace co = kata::copy_overuse;

KATA_BENCHMARK(kata::harness::Bench<co::CheckoutBatch, co::CheckoutTotals>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return co::make_batch(size, seed); },
    .baseline = [](const co::CheckoutBatch& batch) { return co::baseline::apply_promotions(batch); },
    .solution = [](const co::CheckoutBatch& batch) { return co::solution::apply_promotions(batch); },
});
