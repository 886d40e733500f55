// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches of request bodies of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace ar = kata::arena;

KATA_BENCHMARK(kata::harness::Bench<std::vector<std::string>, std::vector<ar::RequestSummary>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return ar::make_requests(size, seed); },
    .baseline = [](const std::vector<std::string>& bodies) { return ar::baseline::ingest(bodies); },
    .solution = [](const std::vector<std::string>& bodies) { return ar::solution::ingest(bodies); },
    .bytes_processed =
        [](const std::vector<std::string>& bodies) {
          std::int64_t bytes = 0;
          for (const std::string& body : bodies) bytes += static_cast<std::int64_t>(body.size());
          return bytes;
        },
});
