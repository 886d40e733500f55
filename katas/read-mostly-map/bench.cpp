// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace rmm = kata::read_mostly_map;

KATA_BENCHMARK(kata::harness::Bench<rmm::GeoBatch, rmm::CountryTally>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return rmm::make_geo_batch(size, seed); },
    .baseline = [](const rmm::GeoBatch& batch) { return rmm::baseline::count_by_country(batch); },
    .solution = [](const rmm::GeoBatch& batch) { return rmm::solution::count_by_country(batch); },
});
