// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated tables of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace nlj = kata::nested_loop_join;

KATA_BENCHMARK(kata::harness::Bench<nlj::Tables, std::vector<nlj::Statement>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return nlj::make_tables(size, seed); },
    .baseline = [](const nlj::Tables& tables) { return nlj::baseline::build_statements(tables); },
    .solution = [](const nlj::Tables& tables) { return nlj::solution::build_statements(tables); },
});
