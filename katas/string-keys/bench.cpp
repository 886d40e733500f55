// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated point batches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace sk = kata::string_keys;

KATA_BENCHMARK(kata::harness::Bench<sk::PointBatch, std::vector<sk::SeriesSummary>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return sk::make_batch(size, seed); },
    .baseline = [](const sk::PointBatch& batch) { return sk::baseline::aggregate(batch); },
    .solution = [](const sk::PointBatch& batch) { return sk::solution::aggregate(batch); },
});
