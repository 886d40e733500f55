// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace mp = kata::multi_pass;

KATA_BENCHMARK(kata::harness::Bench<mp::Batch, mp::Summary>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return mp::make_batch(size, seed); },
    .baseline = [](const mp::Batch& batch) { return mp::baseline::summarise(batch); },
    .solution = [](const mp::Batch& batch) { return mp::solution::summarise(batch); },
    .bytes_processed = [](const mp::Batch& batch) {
      return static_cast<std::int64_t>(batch.readings.size() * sizeof(mp::Reading));
    },
});
