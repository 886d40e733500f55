#pragma once
// std-function: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::std_function {

// A channel's calibration, as the operator configures it in the gateway's settings: the
// sensor's zero offset (ADC counts), its sensitivity (g per count, > 0), the range the
// sensor is rated for (g; a reading outside it is clipped to the limit) and the alarm
// level (g) for this machine.
struct Calibration {
  float offset = 0;
  float gain = 1;
  float low = -1;  // low <= high
  float high = 1;
  float alarm = 1;  // >= 0
};

// The ADC's DMA engine delivers a channel's raw samples (16-bit counts) in frames of
// kFrameSamples.
inline constexpr std::size_t kFrameSamples = 1024;
using Frame = std::array<std::uint16_t, kFrameSamples>;

// A capture of an accelerometer channel (the gateway samples at about 2 MHz), and the
// channel's calibration.
struct Capture {
  Calibration calibration;
  std::vector<Frame> frames;
};

// The number of samples of the capture whose calibrated acceleration
//   g = std::clamp((raw - offset) * gain, low, high)
// exceeds the alarm level in magnitude (|g| > alarm).
namespace baseline {
std::size_t count_alarms(const Capture& capture);
}
namespace solution {
std::size_t count_alarms(const Capture& capture);
}

// The inputs the tests and the benchmark use: `frames` frames of a vibrating machine
// (two vibration tones and noise around the sensor's zero offset, about one sample in a
// thousand a spike beyond the rated range of ±16 g; about 5% of the samples above the
// alarm level) and the channel's calibration, drawn from `seed`.
inline Capture make_capture(std::size_t frames, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  Capture capture;
  Calibration& calibration = capture.calibration;
  calibration.offset = static_cast<float>(rng.between(32'000, 33'500));
  calibration.gain = static_cast<float>(0.0005 + 0.0005 * rng.unit());
  calibration.low = -16.0f;
  calibration.high = 16.0f;
  calibration.alarm = 3.0f;
  const double counts_per_g = 1.0 / calibration.gain;
  const double tone_a = (1.5 + rng.unit()) * counts_per_g;  // amplitudes 1.5-2.5 g
  const double tone_b = (0.5 + rng.unit()) * counts_per_g;  // 0.5-1.5 g
  const double step_a = 0.001 + 0.01 * rng.unit();
  const double step_b = 0.05 + 0.2 * rng.unit();
  double phase_a = rng.unit(), phase_b = rng.unit();
  capture.frames.resize(frames);
  for (std::size_t i = 0; i < frames * kFrameSamples; ++i) {
    // Triangle waves instead of sines: cheap to generate, the same kind of data.
    phase_a += step_a;
    phase_b += step_b;
    if (phase_a >= 1) phase_a -= 1;
    if (phase_b >= 1) phase_b -= 1;
    const double wave_a = 4 * (phase_a < 0.5 ? phase_a : 1 - phase_a) - 1;
    const double wave_b = 4 * (phase_b < 0.5 ? phase_b : 1 - phase_b) - 1;
    double counts = tone_a * wave_a + tone_b * wave_b + 1.2 * counts_per_g * (rng.unit() - 0.5);
    if (rng.chance(0.001)) counts = (rng.chance(0.5) ? 1.2 : -1.2) * 16.0 * counts_per_g;
    const double reading = std::round(calibration.offset + counts);
    capture.frames[i / kFrameSamples][i % kFrameSamples] =
        static_cast<std::uint16_t>(std::clamp(reading, 0.0, 65535.0));
  }
  return capture;
}

}  // namespace kata::std_function
