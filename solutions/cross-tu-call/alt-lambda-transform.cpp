// Alternative: the conversion as a lambda, applied a period at a time with std::transform
// into the output, the clip written with std::min/std::max. The lambda's body is visible
// at the call site, so both compilers inline it and vectorise the per-period loop (its
// length, 512, is a compile-time constant, which g++ -O2 needs).
#include <algorithm>

#include "kata.hpp"

namespace kata::cross_tu_call::solution {

std::vector<std::int16_t> encode_pcm16(const MixBuffer& mix) {
  const float gain = mix.master_gain;
  const auto to_pcm16 = [gain](float sample) {
    const float scaled = sample * gain * 32767.0f;
    return static_cast<std::int16_t>(std::max(-32767.0f, std::min(scaled, 32767.0f)));
  };
  std::vector<std::int16_t> pcm(mix.periods.size() * samples_per_period);
  std::int16_t* out = pcm.data();
  for (const Period& period : mix.periods) {
    out = std::transform(period.samples.begin(), period.samples.end(), out, to_pcm16);
  }
  return pcm;
}

}  // namespace kata::cross_tu_call::solution
