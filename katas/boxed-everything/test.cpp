// Correctness: the solution must publish exactly the baseline's report after every tick.
#include <gtest/gtest.h>

#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::boxed_everything {
namespace {

std::string describe(const TickReport& report) {
  std::ostringstream text;
  text << "{in_flight " << report.in_flight << ", in_zone " << report.in_zone << ", checksum "
       << report.checksum << "}";
  return text.str();
}

// Succeeds when the reports are equal; otherwise names the first tick that differs.
::testing::AssertionResult same_reports(const std::vector<TickReport>& expected,
                                        const std::vector<TickReport>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t tick = 0;
  while (tick < expected.size() && tick < actual.size() && expected[tick] == actual[tick]) ++tick;
  const auto at = [tick](const std::vector<TickReport>& list) {
    return tick < list.size() ? describe(list[tick]) : std::string("(no report)");
  };
  std::ostringstream message;
  message << "reports differ at tick " << tick << "\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  reports:  baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

::testing::AssertionResult same_as_baseline(const Match& match) {
  return same_reports(baseline::simulate(match), solution::simulate(match));
}

TEST(BoxedEverything, MatchesBaselineOnGeneratedMatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {0u, 1u, 32u, 100u, 5000u, 40000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(same_as_baseline(make_match(size, seed)));
    }
  }
}

TEST(BoxedEverything, NoTicks) {
  EXPECT_TRUE(solution::simulate(Match{}).empty());
}

TEST(BoxedEverything, TicksWithoutProjectiles) {
  const Match match{5, {}};
  EXPECT_TRUE(same_as_baseline(match));
  EXPECT_EQ(solution::simulate(match).size(), 5u);
}

TEST(BoxedEverything, OneProjectileFliesItsLifetimeAndStops) {
  const Match match{6, {Spawn{1, 1000, 2000, 10, -20, 3, 7}}};
  EXPECT_TRUE(same_as_baseline(match));
  const auto reports = solution::simulate(match);
  ASSERT_EQ(reports.size(), 6u);
  // Fired in tick 1, it moves in ticks 1, 2 and 3 and is gone after tick 3.
  EXPECT_EQ(reports[0].in_flight, 0u);
  EXPECT_EQ(reports[1].in_flight, 1u);
  EXPECT_EQ(reports[2].in_flight, 1u);
  EXPECT_EQ(reports[3].in_flight, 0u);
  EXPECT_EQ(reports[2].checksum, 1020ull * 2654435761ull + 1960ull);
}

TEST(BoxedEverything, BouncesOffEveryWall) {
  constexpr std::int32_t top = kArenaSize - 1;
  constexpr std::int32_t fast = kMaxSpeed - 1;
  const Match match{40,
                    {
                        Spawn{0, 0, 0, -1, -1, 30, 1},                  // from the corner, outwards
                        Spawn{0, top, top, 1, 1, 30, 2},                // from the far corner, outwards
                        Spawn{0, 5, top - 5, -fast, fast, 30, 3},       // hard into two walls
                        Spawn{0, top - 3, 2, fast, -fast, 30, 4},
                        Spawn{0, kZoneLow, kZoneLow, 0, 0, 40, 5},      // standing in the zone
                        Spawn{0, kZoneHigh - 1, kZoneLow, 1, 0, 40, 6},  // leaving the zone
                        Spawn{3, kArenaSize / 2, kArenaSize / 2, fast, 0, 40, 7},
                    }};
  EXPECT_TRUE(same_as_baseline(match));
}

TEST(BoxedEverything, ManyFiredAtOnceAndAllStoppingTogether) {
  Match match{70, {}};
  for (std::uint32_t i = 0; i < 20'000; ++i)
    match.spawns.push_back(Spawn{0, static_cast<std::int32_t>(i * 37 % kArenaSize),
                                 static_cast<std::int32_t>(i * 101 % kArenaSize),
                                 static_cast<std::int32_t>(i % 2001) - 1000, 1000 - static_cast<std::int32_t>(i % 1999),
                                 64, i % 64});
  for (std::uint32_t i = 0; i < 500; ++i)
    match.spawns.push_back(Spawn{63, static_cast<std::int32_t>(i), static_cast<std::int32_t>(i), 1, 1, 1, 0});
  EXPECT_TRUE(same_as_baseline(match));
}

TEST(BoxedEverything, ProjectilesOutlivingTheMatch) {
  const Match match{3, {Spawn{0, 10, 10, 1, 1, 1'000'000, 0}, Spawn{2, 20, 20, -1, -1, 4'000'000'000u, 1}}};
  EXPECT_TRUE(same_as_baseline(match));
}

TEST(BoxedEverything, ChurnOverALongMatch) {
  // Long enough that most of the projectiles fired early have stopped and been replaced.
  Match match = make_match(20'000, 99);
  const Match more = make_match(20'000, 100);
  for (Spawn spawn : more.spawns) {
    spawn.tick += match.ticks;
    match.spawns.push_back(spawn);
  }
  match.ticks += more.ticks;
  SCOPED_TRACE("two generated matches (seeds 99 and 100, size 20000) played back to back");
  EXPECT_TRUE(same_as_baseline(match));
}

}  // namespace
}  // namespace kata::boxed_everything
