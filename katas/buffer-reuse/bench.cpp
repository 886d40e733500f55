// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace br = kata::buffer_reuse;

KATA_BENCHMARK(kata::harness::Bench<br::PacketBatch, std::vector<br::SensorStats>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return br::make_batch(size, seed); },
    .baseline = [](const br::PacketBatch& batch) { return br::baseline::summarise_batch(batch); },
    .solution = [](const br::PacketBatch& batch) { return br::solution::summarise_batch(batch); },
});
