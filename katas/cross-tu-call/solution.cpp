// Your file: make encode_pcm16 fast. It starts as a copy of baseline.cpp.
// `kata check cross-tu-call` builds it, tests it against the baseline and measures it.
#include "kata.hpp"

namespace kata::cross_tu_call::solution {

std::vector<std::int16_t> encode_pcm16(const MixBuffer& mix) {
  std::vector<std::int16_t> pcm(mix.periods.size() * samples_per_period);
  std::size_t next = 0;
  for (const Period& period : mix.periods) {
    for (const float sample : period.samples) {
      pcm[next++] = audio::to_pcm16(audio::apply_gain(sample, mix.master_gain));
    }
  }
  return pcm;
}

}  // namespace kata::cross_tu_call::solution
