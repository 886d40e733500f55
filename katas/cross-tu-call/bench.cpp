// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated mixes of the sizes listed in kata.json (numbers of periods).
#include "kata.hpp"
#include "kata/bench.hpp"

namespace ctu = kata::cross_tu_call;

KATA_BENCHMARK(kata::harness::Bench<ctu::MixBuffer, std::vector<std::int16_t>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return ctu::make_mix(size, seed); },
    .baseline = [](const ctu::MixBuffer& mix) { return ctu::baseline::encode_pcm16(mix); },
    .solution = [](const ctu::MixBuffer& mix) { return ctu::solution::encode_pcm16(mix); },
    .bytes_processed =
        [](const ctu::MixBuffer& mix) {
          return static_cast<std::int64_t>(mix.periods.size() * ctu::samples_per_period *
                                           (sizeof(float) + sizeof(std::int16_t)));
        },
});
