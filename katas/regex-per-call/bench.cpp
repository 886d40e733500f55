// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated reporting windows of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace rpc = kata::regex_per_call;

KATA_BENCHMARK(kata::harness::Bench<rpc::IngestWindow, rpc::TrafficReport>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return rpc::make_window(size, seed); },
    .baseline = [](const rpc::IngestWindow& window) { return rpc::baseline::summarize_window(window); },
    .solution = [](const rpc::IngestWindow& window) { return rpc::solution::summarize_window(window); },
});
