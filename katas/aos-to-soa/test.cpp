// Correctness: the pre-warm must run as many frames as the baseline's and leave every
// particle exactly where the baseline puts it (bit for bit: the step is specified operation
// by operation, in float arithmetic).
#include <gtest/gtest.h>

#include <cstring>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::aos_to_soa {
namespace {

bool same_bits(float a, float b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// Succeeds when frame counts and positions are equal bit for bit; otherwise names the
// first particle that differs.
::testing::AssertionResult same_result(const Prewarmed& expected, const Prewarmed& actual) {
  if (expected.frames != actual.frames)
    return ::testing::AssertionFailure() << "frames simulated: baseline " << expected.frames
                                         << ", solution " << actual.frames;
  if (expected.positions.size() != actual.positions.size())
    return ::testing::AssertionFailure() << "baseline returns " << expected.positions.size()
                                         << " positions, solution " << actual.positions.size();
  for (std::size_t i = 0; i < expected.positions.size(); ++i) {
    const Position& e = expected.positions[i];
    const Position& a = actual.positions[i];
    if (!same_bits(e.x, a.x) || !same_bits(e.y, a.y) || !same_bits(e.z, a.z)) {
      std::ostringstream message;
      message.precision(9);
      message << "particle " << i << " of " << expected.positions.size() << " differs after "
              << expected.frames << " frames\n"
              << "  baseline: (" << e.x << ", " << e.y << ", " << e.z << ")\n"
              << "  solution: (" << a.x << ", " << a.y << ", " << a.z << ")";
      return ::testing::AssertionFailure() << message.str();
    }
  }
  return ::testing::AssertionSuccess();
}

void expect_same_as_baseline(const Effect& effect) {
  EXPECT_TRUE(same_result(baseline::prewarm(effect), solution::prewarm(effect)));
}

Spawn spawn(float x, float y, float z, float vx, float vy, float vz, std::uint32_t id = 1) {
  return Spawn{x, y, z, vx, vy, vz, 0xff8800ffu, 0.1f, 0.0f, 1.0f, 2.0f, id};
}

TEST(AosToSoa, MatchesBaselineOnGeneratedEffects) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    // sizes around multiples of 4, 8 and 16, so that vectorised loops' leftovers are covered
    for (std::size_t size : {1u, 2u, 3u, 5u, 7u, 8u, 9u, 15u, 16u, 17u, 31u, 33u, 1000u, 4099u,
                             65537u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_as_baseline(make_effect(size, seed));
    }
  }
}

TEST(AosToSoa, EmptyEffect) {
  // nothing is rising, so the pre-warm ends after its first frame
  const Prewarmed result = solution::prewarm(Effect{});
  EXPECT_EQ(result.frames, 1);
  EXPECT_TRUE(result.positions.empty());
}

TEST(AosToSoa, GeneratedEffectPeaksAfterAboutFifteenFrames) {
  const Effect effect = make_effect(20000, 7);
  const Prewarmed result = solution::prewarm(effect);
  EXPECT_GE(result.frames, 12);
  EXPECT_LE(result.frames, 18);
  expect_same_as_baseline(effect);
}

TEST(AosToSoa, EveryParticleHasItsOwnPositionInSpawnOrder) {
  // distinct velocities per particle: a solution that mixes up particles or skips some
  // (the last one, the first one, the leftovers of a vectorised loop) lands elsewhere
  for (std::size_t count = 1; count <= 40; ++count) {
    SCOPED_TRACE("particles: " + std::to_string(count));
    Effect effect;
    for (std::size_t i = 0; i < count; ++i) {
      const auto f = static_cast<float>(i);
      effect.spawns.push_back(
          spawn(f, 2.0f * f, -f, 0.5f + f, 3.0f - 0.1f * f, f * f, static_cast<std::uint32_t>(i)));
    }
    expect_same_as_baseline(effect);
  }
}

TEST(AosToSoa, ParticleAtRestFallsForOneFrame) {
  // gravity is applied before the move: after one frame vy = -g·dt and y = y0 - g·dt²;
  // nothing rises, so that one frame is all
  const Effect effect{{spawn(1.0f, 10.0f, -1.0f, 0.0f, 0.0f, 0.0f)}};
  const Prewarmed result = solution::prewarm(effect);
  EXPECT_EQ(result.frames, 1);
  ASSERT_EQ(result.positions.size(), 1u);
  EXPECT_EQ(result.positions[0].x, 1.0f);
  EXPECT_EQ(result.positions[0].z, -1.0f);
  const double dt = kFrameSeconds;
  EXPECT_NEAR(result.positions[0].y, 10.0 - kGravity * dt * dt, 1e-5);
  expect_same_as_baseline(effect);
}

TEST(AosToSoa, StopsWhenTheLastSlowRiserPeaks) {
  // 19 particles thrown up at 1 m/s stop rising in frame 7 (1 - 7·g·dt < 0); one thrown at
  // 100 m/s keeps rising, but 1 rising in 20 is few enough
  Effect effect;
  for (std::uint32_t i = 0; i < 19; ++i) effect.spawns.push_back(spawn(0, 0, 0, 1, 1, 0, i));
  effect.spawns.push_back(spawn(0, 0, 0, 0, 100, 0, 19));
  const Prewarmed result = solution::prewarm(effect);
  EXPECT_EQ(result.frames, 7);
  expect_same_as_baseline(effect);
}

TEST(AosToSoa, SettledShareIsInclusive) {
  // 40 particles: 2 that never stop rising are at most one in 20 (stop after frame 1); 3
  // are more, so the pre-warm runs to kMaxFrames
  for (std::uint32_t fast : {2u, 3u}) {
    SCOPED_TRACE("particles rising for ever: " + std::to_string(fast));
    Effect effect;
    for (std::uint32_t i = 0; i < 40; ++i)
      effect.spawns.push_back(spawn(0, 0, 0, 0.5f, i < fast ? 1000.0f : 0.0f, 0, i));
    const Prewarmed result = solution::prewarm(effect);
    EXPECT_EQ(result.frames, fast == 2 ? 1 : kMaxFrames);
    expect_same_as_baseline(effect);
  }
}

TEST(AosToSoa, RunsAtMostMaxFramesOfUniformMotion) {
  // everything rises fast: the pre-warm stops at kMaxFrames; x and z move in straight lines
  const Effect effect{{spawn(0.0f, 0.0f, 5.0f, 6.0f, 500.0f, -3.0f)}};
  const Prewarmed result = solution::prewarm(effect);
  EXPECT_EQ(result.frames, kMaxFrames);
  ASSERT_EQ(result.positions.size(), 1u);
  EXPECT_NEAR(result.positions[0].x, 6.0 * kMaxFrames * kFrameSeconds, 1e-4);
  EXPECT_NEAR(result.positions[0].z, 5.0 - 3.0 * kMaxFrames * kFrameSeconds, 1e-4);
  expect_same_as_baseline(effect);
}

TEST(AosToSoa, ExtremeValuesAndSignedZeros) {
  // huge, tiny and negative-zero coordinates: the result must still be the baseline's,
  // bit for bit (a reordered formula rounds differently on these)
  Effect effect;
  effect.spawns = {spawn(-0.0f, 0.0f, -0.0f, -0.0f, 0.0f, 0.0f, 1),
                   spawn(1e30f, -1e30f, 3.0e38f, 1e35f, -1e36f, 1e37f, 2),
                   spawn(1e-30f, 1e-38f, -1e-40f, 1e-20f, 1e-3f, -1e-25f, 3),
                   spawn(16777216.0f, 0.1f, 0.3f, 0.7f, 0.1f, 1.0f / 3.0f, 4),
                   spawn(-5.5f, 1234.5f, 0.01f, -20.0f, 100.0f, 0.5f, 5)};
  expect_same_as_baseline(effect);
}

TEST(AosToSoa, ColdFieldsDoNotMatter) {
  // the positions depend on position and velocity only: colour, size, spin, lifetime and
  // id may take any value
  Effect a{{spawn(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7)}};
  Effect b = a;
  b.spawns[0].colour = 0;
  b.spawns[0].size = 100.0f;
  b.spawns[0].spin = -9.0f;
  b.spawns[0].lifetime = 0.0f;
  b.spawns[0].id = 0xffffffffu;
  EXPECT_TRUE(same_result(solution::prewarm(a), solution::prewarm(b)));
  expect_same_as_baseline(b);
}

}  // namespace
}  // namespace kata::aos_to_soa
