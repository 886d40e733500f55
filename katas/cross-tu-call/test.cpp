// Correctness: the solution must produce exactly the baseline's 16-bit samples, in order.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::cross_tu_call {
namespace {

using Pcm = std::vector<std::int16_t>;

// Succeeds when the encodings are equal; otherwise names the first sample that differs.
::testing::AssertionResult same_pcm(const Pcm& expected, const Pcm& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t index = 0;
  while (index < expected.size() && index < actual.size() && expected[index] == actual[index])
    ++index;
  const auto at = [index](const Pcm& pcm) {
    return index < pcm.size() ? std::to_string(pcm[index]) : std::string("(end)");
  };
  std::ostringstream message;
  message << "encodings differ at sample " << index << " (period "
          << index / samples_per_period << ", sample " << index % samples_per_period << ")\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  lengths:  baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

void expect_same_as_baseline(const MixBuffer& mix) {
  EXPECT_TRUE(same_pcm(baseline::encode_pcm16(mix), solution::encode_pcm16(mix)));
}

// A mix of one period per list of samples, each padded with silence to a full period.
MixBuffer mix_of(std::initializer_list<float> samples, float gain) {
  MixBuffer mix{std::vector<Period>(1), gain};
  mix.periods[0].samples.fill(0.0f);
  std::size_t i = 0;
  for (float sample : samples) mix.periods[0].samples[i++] = sample;
  return mix;
}

TEST(CrossTuCall, MatchesBaselineOnGeneratedMixes) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t periods : {1u, 2u, 3u, 7u, 64u, 1000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, periods));
      expect_same_as_baseline(make_mix(periods, seed));
    }
  }
}

TEST(CrossTuCall, AboutOnePercentIsClipped) {
  // The generator's promise the benchmark relies on: a mix that clips now and then.
  const MixBuffer mix = make_mix(200, 7);
  const Pcm pcm = baseline::encode_pcm16(mix);
  std::size_t clipped = 0;
  for (std::int16_t sample : pcm) clipped += (sample == 32767 || sample == -32767);
  EXPECT_GT(clipped, pcm.size() / 200);  // > 0.5%
  EXPECT_LT(clipped, pcm.size() / 50);   // < 2%
}

TEST(CrossTuCall, EmptyMix) {
  EXPECT_TRUE(solution::encode_pcm16(MixBuffer{{}, 1.25f}).empty());
}

TEST(CrossTuCall, OneSampleOutOfEachPeriod) {
  EXPECT_EQ(solution::encode_pcm16(make_mix(5, 3)).size(), 5 * samples_per_period);
}

TEST(CrossTuCall, KnownValues) {
  // Scaled by 32767, clipped to +-32767, truncated towards zero.
  const MixBuffer mix = mix_of({0.0f, 1.0f, -1.0f, 0.5f, -0.5f, 0.99999f, -0.99999f, 2.5f, -2.5f,
                                1.0f / 32767.0f, -1.0f / 32767.0f, 0.9999f / 32767.0f},
                               1.0f);
  const Pcm expected_head = {0, 32767, -32767, 16383, -16383, 32766, -32766, 32767, -32767, 1, -1, 0};
  const Pcm baseline_pcm = baseline::encode_pcm16(mix);
  const Pcm solution_pcm = solution::encode_pcm16(mix);
  ASSERT_EQ(solution_pcm.size(), samples_per_period);
  EXPECT_TRUE(same_pcm(expected_head, Pcm(baseline_pcm.begin(), baseline_pcm.begin() + 12)));
  EXPECT_TRUE(same_pcm(baseline_pcm, solution_pcm));
}

TEST(CrossTuCall, FullScaleAndJustBeyond) {
  // The edges of the clip: exactly full scale, the floats either side of it, far beyond.
  const float above = std::nextafter(1.0f, 2.0f);
  const float below = std::nextafter(1.0f, 0.0f);
  const MixBuffer mix = mix_of({1.0f, above, below, -1.0f, -above, -below, 1e30f, -1e30f,
                                std::numeric_limits<float>::max(), std::numeric_limits<float>::lowest(),
                                std::numeric_limits<float>::denorm_min(), -0.0f},
                               1.0f);
  expect_same_as_baseline(mix);
}

TEST(CrossTuCall, TheGainIsApplied) {
  // The same samples under several faders: muted, attenuated, unity, boosted, inverted.
  MixBuffer mix = make_mix(8, 21);
  for (float gain : {0.0f, 0.25f, 1.0f, 1.25f, 4.0f, -1.0f, -1.25f}) {
    SCOPED_TRACE("gain: " + std::to_string(gain));
    mix.master_gain = gain;
    expect_same_as_baseline(mix);
  }
  mix.master_gain = 0.0f;
  for (std::int16_t sample : solution::encode_pcm16(mix)) ASSERT_EQ(sample, 0);
}

TEST(CrossTuCall, PlaybackOrderAcrossPeriods) {
  // Each period's samples carry its index, so a swapped or skipped period shows.
  MixBuffer mix{std::vector<Period>(6), 1.0f};
  for (std::size_t p = 0; p < mix.periods.size(); ++p)
    for (std::size_t i = 0; i < samples_per_period; ++i)
      mix.periods[p].samples[i] =
          static_cast<float>(p * samples_per_period + i) / static_cast<float>(8 * samples_per_period);
  expect_same_as_baseline(mix);
  const Pcm pcm = solution::encode_pcm16(mix);
  for (std::size_t k = 1; k < pcm.size(); ++k) ASSERT_LE(pcm[k - 1], pcm[k]) << "sample " << k;
}

TEST(CrossTuCall, EveryStepOfTheScale) {
  // A ramp across the whole range in small steps: every truncation boundary region.
  MixBuffer mix{std::vector<Period>(130), 1.0f};
  std::size_t k = 0;
  for (Period& period : mix.periods)
    for (float& sample : period.samples)
      sample = -1.02f + 2.04f * static_cast<float>(k++) / static_cast<float>(130 * samples_per_period);
  expect_same_as_baseline(mix);
}

}  // namespace
}  // namespace kata::cross_tu_call
