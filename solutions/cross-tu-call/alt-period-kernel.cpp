// Alternative: a kernel that converts one whole period, with internal linkage (static) in
// this file, the clip spelled out with two conditional assignments. The function is not
// marked inline, but its body is in this translation unit, so the compiler inlines it (or
// at worst calls it once per period, not per sample) and vectorises its fixed-length loop.
#include "kata.hpp"

namespace kata::cross_tu_call::solution {

namespace {

void encode_period(const Period& period, float gain, std::int16_t* out) {
  for (std::size_t i = 0; i < samples_per_period; ++i) {
    float value = period.samples[i] * gain * 32767.0f;
    if (value > 32767.0f) value = 32767.0f;
    if (value < -32767.0f) value = -32767.0f;
    out[i] = static_cast<std::int16_t>(value);
  }
}

}  // namespace

std::vector<std::int16_t> encode_pcm16(const MixBuffer& mix) {
  std::vector<std::int16_t> pcm(mix.periods.size() * samples_per_period);
  for (std::size_t p = 0; p < mix.periods.size(); ++p) {
    encode_period(mix.periods[p], mix.master_gain, pcm.data() + p * samples_per_period);
  }
  return pcm;
}

}  // namespace kata::cross_tu_call::solution
