// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated exports of the sizes (in cells) listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace ec = kata::exceptions_as_control_flow;

KATA_BENCHMARK(kata::harness::Bench<ec::MeterExport, ec::ImportResult>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return ec::make_export(size, seed); },
    .baseline = [](const ec::MeterExport& file) { return ec::baseline::import_readings(file); },
    .solution = [](const ec::MeterExport& file) { return ec::solution::import_readings(file); },
});
