// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches of the sizes (in requests) listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace es = kata::eager_error_strings;

KATA_BENCHMARK(kata::harness::Bench<es::BookingBatch, es::BatchResult>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return es::make_batch(size, seed); },
    .baseline = [](const es::BookingBatch& batch) { return es::baseline::process_bookings(batch); },
    .solution = [](const es::BookingBatch& batch) { return es::solution::process_bookings(batch); },
});
