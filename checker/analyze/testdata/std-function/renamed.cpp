// Detector fixture: the baseline's std::function call per sample with other names and
// shapes: an alias template for the callable, the std::function held in a struct member
// and called through it, an index-based while loop over each frame. The detector must
// still fire.
#include <algorithm>
#include <functional>

#include "kata.hpp"

namespace kata::std_function::solution {

namespace {

template <class Signature>
using Callback = std::function<Signature>;

struct Stage {
  Callback<float(float)> apply;
};

Stage make_stage(const Calibration& c) {
  return Stage{[c](float x) { return std::clamp((x - c.offset) * c.gain, c.low, c.high); }};
}

}  // namespace

std::size_t count_alarms(const Capture& cap) {
  const Stage stage = make_stage(cap.calibration);
  std::size_t n = 0;
  for (std::size_t f = 0; f < cap.frames.size(); ++f) {
    std::size_t i = 0;
    while (i < kFrameSamples) {
      const float g = stage.apply(static_cast<float>(cap.frames[f][i++]));
      n += (g > cap.calibration.alarm || g < -cap.calibration.alarm) ? 1 : 0;
    }
  }
  return n;
}

}  // namespace kata::std_function::solution
