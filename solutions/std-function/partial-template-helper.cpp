// A real step, not the whole way: the helper is now a template on the transform's type, as
// it should be. But the calibration stage still returns a SampleTransform (std::function),
// so the template is instantiated for std::function<float(float)> and the loop still calls
// the calibration through the std::function's stored function pointer, once per sample:
// the type was erased when the stage was built, and a template cannot bring it back. The
// compiler sees an opaque call: no inlining, no vectorisation.
#include <algorithm>
#include <functional>

#include "kata.hpp"

namespace kata::std_function::solution {

namespace {

// A per-sample transform of the pipeline: any callable taking and returning a sample.
using SampleTransform = std::function<float(float)>;

// The pipeline's helper, for any transform type: how many samples of a frame, once
// transformed, lie beyond ±level.
template <class Transform>
std::size_t count_beyond(const Frame& frame, const Transform& transform, float level) {
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
