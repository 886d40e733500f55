#pragma once
// cross-tu-call: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::cross_tu_call {

// The mixer works in periods, as the sound card asks for them: 256 stereo frames, i.e.
// 512 interleaved samples (left, right, left, right, ...).
inline constexpr std::size_t frames_per_period = 256;
inline constexpr std::size_t samples_per_period = 2 * frames_per_period;

// One period of the master bus in floating point, where full scale is [-1, 1] (a loud mix
// goes past it now and then). Every sample is finite.
struct Period {
  std::array<float, samples_per_period> samples;
};

// What the mixer hands the export stage: the periods in playback order and the master
// fader's gain, applied on the way out.
struct MixBuffer {
  std::vector<Period> periods;
  float master_gain;  // linear, e.g. 1.25 for +1.9 dB of make-up gain
};

// The studio's audio library (sample_format.cpp: compiled on its own, like the rest of the
// library, and linked in; you cannot edit it).
namespace audio {
// The library's gain stage: the sample times a linear gain (sample * gain).
float apply_gain(float sample, float gain);
// Converts one sample to signed 16-bit PCM: scales it by 32767, clips the result to
// [-32767, 32767] and truncates it towards zero (so -1 -> -32767, 1 -> 32767,
// 0.99999 -> 32766, 2.5 -> 32767).
std::int16_t to_pcm16(float sample);
}

// The export stage: every sample of every period through the library's gain stage (the
// master gain) and converted with audio::to_pcm16, in playback order
// (periods.size() * samples_per_period samples).
namespace baseline {
std::vector<std::int16_t> encode_pcm16(const MixBuffer& mix);
}
namespace solution {
std::vector<std::int16_t> encode_pcm16(const MixBuffer& mix);
}

// The inputs the tests and the benchmark use: `period_count` periods drawn from `seed`.
// Most samples lie within +-0.75 of full scale, so at the master gain of 1.25 they stay
// inside it; about 1% are peaks of 0.85 to 1.3 either way, which the gain pushes past full
// scale: those are clipped.
inline MixBuffer make_mix(std::size_t period_count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  MixBuffer mix;
  mix.master_gain = 1.25f;
  mix.periods.resize(period_count);
  for (Period& period : mix.periods) {
    for (float& sample : period.samples) {
      const std::uint64_t bits = rng.next();
      const double unit = static_cast<double>(bits >> 11) * 0x1.0p-53;  // [0, 1)
      const double magnitude = bits % 100 == 0 ? 0.85 + 0.45 * unit : 0.75 * unit;
      sample = static_cast<float>((bits >> 7) % 2 == 0 ? magnitude : -magnitude);
    }
  }
  return mix;
}

}  // namespace kata::cross_tu_call
