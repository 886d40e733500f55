// The measurement: the suite's harness runs baseline, solution and a null copy of the
// baseline on freshly generated bursts of the sizes listed in kata.json. The outputs are
// compared by their responses; the verdict reads the requests' latencies, which
// run_gateway (event_loop.cpp, fixed) recorded.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace bie = kata::blocking_in_executor;

KATA_BENCHMARK(kata::harness::Bench<bie::Workload, bie::ServedLog>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return bie::make_workload(size, seed); },
    .baseline = [](const bie::Workload& workload) { return bie::baseline::serve(workload); },
    .solution = [](const bie::Workload& workload) { return bie::solution::serve(workload); },
    .same_output = [](const bie::ServedLog& expected,
                      const bie::ServedLog& actual) { return expected.responses() == actual.responses(); },
    .latencies_ms = [](const bie::ServedLog& log) { return log.latencies_ms(); },
});
