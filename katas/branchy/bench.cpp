// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated columns of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace br = kata::branchy;

KATA_BENCHMARK(kata::harness::Bench<br::AmountColumn, std::vector<std::int32_t>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return br::make_column(size, seed); },
    .baseline = [](const br::AmountColumn& column) { return br::baseline::amounts_above(column); },
    .solution = [](const br::AmountColumn& column) { return br::solution::amounts_above(column); },
});
