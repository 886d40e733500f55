// Your file: make count_alarms fast. It starts as a copy of baseline.cpp.
// `kata check std-function` builds it, tests it against the baseline and measures it.
#include <algorithm>
#include <functional>

#include "kata.hpp"

namespace kata::std_function::solution {

namespace {

// A per-sample transform of the pipeline: any callable taking and returning a sample.
using SampleTransform = std::function<float(float)>;

// The pipeline's helper: how many samples of a frame, once transformed, lie beyond ±level.
std::size_t count_beyond(const Frame& frame, const SampleTransform& transform,
                         float level) {
  std::size_t count = 0;
  for (const std::uint16_t sample : frame)
    if (std::abs(transform(sample)) > level) ++count;
  return count;
}

// The calibration stage, built from the channel's settings.
SampleTransform calibration_stage(const Calibration& calibration) {
  return [calibration](float counts) {
    return std::clamp((counts - calibration.offset) * calibration.gain, calibration.low,
                      calibration.high);
  };
}

}  // namespace

std::size_t count_alarms(const Capture& capture) {
  const auto calibrate = calibration_stage(capture.calibration);
  std::size_t alarms = 0;
  for (const Frame& frame : capture.frames)
    alarms += count_beyond(frame, calibrate, capture.calibration.alarm);
  return alarms;
}

}  // namespace kata::std_function::solution
