// Reference: the same conversion, defined where it is used. audio::to_pcm16 lives in
// another translation unit (sample_format.cpp, built without link-time optimisation), so
// when this file is compiled the compiler sees only its declaration: it must emit a call
// per sample, assume the call may read or write any memory (so it reloads the gain and the
// vectors' pointers after every one), and cannot vectorise a loop with a call in it.
// A copy of the one-line conversion in this file can be inlined: the inner loop over a
// period (512 samples, a trip count known at compile time) becomes straight-line SIMD code,
// four samples per instruction: mulps, a compare-and-blend (g++) or maxps/minps (clang) for
// the clip, cvttps2dq, and a pack to 16 bits. No call is left in the loop.
// The copy must compute exactly what the library does (scale, clip, truncate): the tests
// compare every sample with the baseline's.
#include <algorithm>

#include "kata.hpp"

namespace kata::cross_tu_call::solution {

namespace {

// The library's audio::to_pcm16, visible to the compiler here.
inline std::int16_t to_pcm16(float sample) {
  const float scaled = sample * 32767.0f;
  return static_cast<std::int16_t>(std::clamp(scaled, -32767.0f, 32767.0f));
}

}  // namespace

std::vector<std::int16_t> encode_pcm16(const MixBuffer& mix) {
  std::vector<std::int16_t> pcm(mix.periods.size() * samples_per_period);
  std::size_t next = 0;
  for (const Period& period : mix.periods) {
    for (const float sample : period.samples) {
      pcm[next++] = to_pcm16(sample * mix.master_gain);
    }
  }
  return pcm;
}

}  // namespace kata::cross_tu_call::solution
