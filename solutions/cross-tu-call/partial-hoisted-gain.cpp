// Partial fix: everything around the call is tidied up -- the gain read once into a local,
// the output written through a raw pointer, the input read through the period's pointer,
// the loop unrolled by hand -- but every sample still goes through audio::to_pcm16, out of
// line. The call is what costs: one call and return per sample, and a loop that cannot be
// vectorised. Correct, and about as fast as the baseline.
#include "kata.hpp"

namespace kata::cross_tu_call::solution {

std::vector<std::int16_t> encode_pcm16(const MixBuffer& mix) {
  const float gain = mix.master_gain;
  std::vector<std::int16_t> pcm(mix.periods.size() * samples_per_period);
  std::int16_t* out = pcm.data();
  for (const Period& period : mix.periods) {
    const float* in = period.samples.data();
    for (std::size_t i = 0; i < samples_per_period; i += 4) {
      out[i] = audio::to_pcm16(in[i] * gain);
      out[i + 1] = audio::to_pcm16(in[i + 1] * gain);
      out[i + 2] = audio::to_pcm16(in[i + 2] * gain);
      out[i + 3] = audio::to_pcm16(in[i + 3] * gain);
    }
    out += samples_per_period;
  }
  return pcm;
}

}  // namespace kata::cross_tu_call::solution
