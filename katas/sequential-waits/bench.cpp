// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated portfolios of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace sw = kata::sequential_waits;

KATA_BENCHMARK(kata::harness::Bench<std::vector<sw::Position>, sw::Valuation>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return sw::make_portfolio(size, seed); },
    .baseline = [](const std::vector<sw::Position>& positions) { return sw::baseline::value_portfolio(positions); },
    .solution = [](const std::vector<sw::Position>& positions) { return sw::solution::value_portfolio(positions); },
});
