// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated books of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace pm = kata::parallel_map;

KATA_BENCHMARK(kata::harness::Bench<pm::Book, std::vector<pm::Valuation>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return pm::make_book(size, seed); },
    .baseline = [](const pm::Book& book) { return pm::baseline::value_book(book); },
    .solution = [](const pm::Book& book) { return pm::solution::value_book(book); },
});
