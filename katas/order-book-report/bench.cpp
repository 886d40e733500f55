// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated trading days of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace obr = kata::order_book_report;

KATA_BENCHMARK(kata::harness::Bench<obr::Session, std::string>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return obr::make_session(size, seed); },
    .baseline = [](const obr::Session& session) { return obr::baseline::order_book_report(session); },
    .solution = [](const obr::Session& session) { return obr::solution::order_book_report(session); },
});
