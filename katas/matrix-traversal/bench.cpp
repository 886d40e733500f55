// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace mt = kata::matrix_traversal;

KATA_BENCHMARK(kata::harness::Bench<mt::Batch, std::vector<double>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return mt::make_batch(size, seed); },
    .baseline = [](const mt::Batch& batch) { return mt::baseline::feature_means(batch); },
    .solution = [](const mt::Batch& batch) { return mt::solution::feature_means(batch); },
    .bytes_processed =
        [](const mt::Batch& batch) {
          return static_cast<std::int64_t>(batch.values.size() * sizeof(float));
        },
});
