// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated settlement files of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace cs = kata::csv_split;

KATA_BENCHMARK(kata::harness::Bench<std::string, cs::SettlementSummary>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return cs::make_settlement_file(size, seed); },
    .baseline = [](const std::string& csv) { return cs::baseline::summarize_settlement(csv); },
    .solution = [](const std::string& csv) { return cs::solution::summarize_settlement(csv); },
    .bytes_processed = [](const std::string& csv) { return static_cast<std::int64_t>(csv.size()); },
});
