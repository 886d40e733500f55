// The studio's audio library: sample-format conversions, built as its own library and
// linked like any other (no link-time optimisation in this build). Fixed: the kata's other
// files and yours call it, nobody edits it.
#include <algorithm>

#include "kata.hpp"

namespace kata::cross_tu_call::audio {

float apply_gain(float sample, float gain) { return sample * gain; }

std::int16_t to_pcm16(float sample) {
  const float scaled = sample * 32767.0f;
  return static_cast<std::int16_t>(std::clamp(scaled, -32767.0f, 32767.0f));
}

}  // namespace kata::cross_tu_call::audio
