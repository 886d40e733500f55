// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated audiences of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace qd = kata::quadratic_dedup;

KATA_BENCHMARK(kata::harness::Bench<qd::Audience, std::vector<std::string>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return qd::make_audience(size, seed); },
    .baseline = [](const qd::Audience& audience) { return qd::baseline::build_send_list(audience); },
    .solution = [](const qd::Audience& audience) { return qd::solution::build_send_list(audience); },
});
