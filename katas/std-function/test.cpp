// Correctness: the solution must count exactly the baseline's alarms.
#include <gtest/gtest.h>

#include <limits>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::std_function {
namespace {

void expect_same_as_baseline(const Capture& capture) {
  EXPECT_EQ(baseline::count_alarms(capture), solution::count_alarms(capture));
}

// A capture of one frame holding `samples` (the rest of the frame at the zero offset).
Capture one_frame(const Calibration& calibration, const std::vector<std::uint16_t>& samples) {
  Capture capture{calibration, std::vector<Frame>(1)};
  capture.frames[0].fill(static_cast<std::uint16_t>(calibration.offset));
  for (std::size_t i = 0; i < samples.size() && i < kFrameSamples; ++i)
    capture.frames[0][i] = samples[i];
  return capture;
}

// 2 counts per g around 32768: every reading is exactly representable.
constexpr Calibration exact{32768.0f, 0.5f, -16.0f, 16.0f, 3.0f};

TEST(StdFunction, MatchesBaselineOnGeneratedCaptures) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t frames : {0u, 1u, 2u, 16u, 300u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, frames));
      expect_same_as_baseline(make_capture(frames, seed));
    }
  }
}

TEST(StdFunction, ExactCount) {
  // g = (raw - 32768) / 2: 3.5 g, -3.5 g and 16 g (clipped from 20 g) are alarms; 3 g,
  // -3 g (exactly at the level) and 1 g are not.
  const Capture capture = one_frame(exact, {32775, 32761, 32808, 32774, 32762, 32770});
  EXPECT_EQ(baseline::count_alarms(capture), 3u);
  EXPECT_EQ(solution::count_alarms(capture), 3u);
}

TEST(StdFunction, ReadingsExactlyAtTheAlarmLevel) {
  std::vector<std::uint16_t> samples;
  for (int i = 0; i < 200; ++i) samples.push_back(i % 2 == 0 ? 32774 : 32762);  // ±3 g
  EXPECT_EQ(solution::count_alarms(one_frame(exact, samples)), 0u);
  expect_same_as_baseline(one_frame(exact, samples));
}

TEST(StdFunction, AlarmLevelAboveTheRatedRange) {
  // Clipped readings never exceed the limit: with the alarm at 17 g nothing alarms, even
  // spikes of 20 g and more.
  Calibration calibration = exact;
  calibration.alarm = 17.0f;
  const Capture capture = one_frame(calibration, {32808, 32728, 65535, 0, 40000, 20000});
  EXPECT_EQ(solution::count_alarms(capture), 0u);
  expect_same_as_baseline(capture);
}

TEST(StdFunction, AlarmLevelAtTheLimit) {
  Calibration calibration = exact;
  calibration.alarm = 16.0f;  // clipped readings sit exactly at the level: no alarm
  expect_same_as_baseline(one_frame(calibration, {32808, 32728, 32800, 32736, 32801}));
}

TEST(StdFunction, ZeroAlarmLevelCountsEveryNonZeroReading) {
  Calibration calibration = exact;
  calibration.alarm = 0.0f;
  const Capture capture = one_frame(calibration, {32768, 32769, 32767, 32768, 0, 65535});
  EXPECT_EQ(solution::count_alarms(capture), 4u);
  expect_same_as_baseline(capture);
}

TEST(StdFunction, FullScaleReadings) {
  // The ADC's extremes, an asymmetric rated range and an offset far from the middle.
  Calibration calibration{1000.0f, 0.001f, -2.0f, 50.0f, 1.5f};
  Capture capture{calibration, std::vector<Frame>(3)};
  for (std::size_t f = 0; f < 3; ++f)
    for (std::size_t i = 0; i < kFrameSamples; ++i)
      capture.frames[f][i] = static_cast<std::uint16_t>((i * 977 + f * 31) % 3 == 0 ? 0 : i % 2 == 0 ? 65535 : (i * 61) % 4000);
  expect_same_as_baseline(capture);
}

TEST(StdFunction, GeneratedDataWithOtherCalibrations) {
  Capture capture = make_capture(64, 77);
  for (float alarm : {0.0f, 0.5f, 1.0f, 2.5f, 4.0f, 15.99f, 16.0f, 30.0f}) {
    SCOPED_TRACE("alarm " + std::to_string(alarm));
    capture.calibration.alarm = alarm;
    expect_same_as_baseline(capture);
  }
  capture.calibration.alarm = 3.0f;
  capture.calibration.low = -2.0f;  // a sensor rated -2 g .. 16 g
  expect_same_as_baseline(capture);
  capture.calibration.offset = 0.0f;  // every reading far above the zero
  expect_same_as_baseline(capture);
}

TEST(StdFunction, QuietMachineHasNoAlarms) {
  Calibration calibration = exact;
  Capture capture{calibration, std::vector<Frame>(8)};
  for (Frame& frame : capture.frames)
    for (std::size_t i = 0; i < kFrameSamples; ++i)
      frame[i] = static_cast<std::uint16_t>(32768 + static_cast<int>(i % 7) - 3);
  EXPECT_EQ(solution::count_alarms(capture), 0u);
  expect_same_as_baseline(capture);
}

}  // namespace
}  // namespace kata::std_function
