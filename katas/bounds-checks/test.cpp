// Correctness: the solution must produce exactly the baseline's grid, bit for bit (the
// interface fixes the stencil's evaluation order, so no rounding may differ).
#include <gtest/gtest.h>

#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::bounds_checks {
namespace {

using Grid = std::vector<std::vector<float>>;

// Succeeds when the grids are equal; otherwise names the first cell that differs.
::testing::AssertionResult same_grid(const Grid& expected, const Grid& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::ostringstream message;
  if (expected.size() != actual.size()) {
    message << "row counts differ: baseline " << expected.size() << ", solution "
            << actual.size();
    return ::testing::AssertionFailure() << message.str();
  }
  for (std::size_t y = 0; y < expected.size(); ++y) {
    if (expected[y].size() != actual[y].size()) {
      message << "row " << y << " lengths differ: baseline " << expected[y].size()
              << ", solution " << actual[y].size();
      return ::testing::AssertionFailure() << message.str();
    }
    for (std::size_t x = 0; x < expected[y].size(); ++x) {
      if (!(expected[y][x] == actual[y][x])) {
        message.precision(9);
        message << "grids differ at row " << y << ", column " << x << "\n"
                << "  baseline: " << expected[y][x] << "\n"
                << "  solution: " << actual[y][x];
        return ::testing::AssertionFailure() << message.str();
      }
    }
  }
  return ::testing::AssertionFailure() << "grids differ";
}

void expect_same_as_baseline(const Plate& plate) {
  EXPECT_TRUE(same_grid(baseline::diffuse(plate), solution::diffuse(plate)));
}

Plate uniform_plate(std::size_t rows, float temperature, int steps) {
  return Plate{Grid(rows, std::vector<float>(width, temperature)), 0.2f, steps};
}

TEST(BoundsChecks, MatchesBaselineOnGeneratedPlates) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t rows : {3u, 4u, 5u, 17u, 64u, 128u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, rows));
      expect_same_as_baseline(make_plate(rows, seed));
    }
  }
}

TEST(BoundsChecks, StepCountsOddAndEven) {
  // The two grids swap roles every step: the result must come from the right one.
  for (int steps : {1, 2, 3, 4, 7}) {
    SCOPED_TRACE("steps: " + std::to_string(steps));
    Plate plate = make_plate(32, 9);
    plate.steps = steps;
    expect_same_as_baseline(plate);
  }
}

TEST(BoundsChecks, ZeroStepsReturnsThePlate) {
  Plate plate = make_plate(16, 3);
  plate.steps = 0;
  EXPECT_TRUE(same_grid(plate.temperature, solution::diffuse(plate)));
}

TEST(BoundsChecks, PlatesWithoutInterior) {
  // No interior cell when there are fewer than three rows: nothing may change.
  for (std::size_t rows : {0u, 1u, 2u}) {
    SCOPED_TRACE("rows: " + std::to_string(rows));
    const Plate plate = make_plate(rows, 5);
    EXPECT_TRUE(same_grid(plate.temperature, solution::diffuse(plate)));
    expect_same_as_baseline(plate);
  }
}

TEST(BoundsChecks, OneHotCellByHand) {
  // 25 °C everywhere, one 125 °C cell: after one step with diffusivity 0.25 the hot cell
  // gives a quarter of its excess to each neighbour: 125 - 0.25·400 = 25, 25 + 0.25·100.
  Plate plate = uniform_plate(5, 25.0f, 1);
  plate.diffusivity = 0.25f;
  plate.temperature[2][500] = 125.0f;
  const Grid result = solution::diffuse(plate);
  ASSERT_EQ(result.size(), 5u);
  EXPECT_EQ(result[2][500], 25.0f);
  EXPECT_EQ(result[1][500], 50.0f);
  EXPECT_EQ(result[3][500], 50.0f);
  EXPECT_EQ(result[2][499], 50.0f);
  EXPECT_EQ(result[2][501], 50.0f);
  EXPECT_EQ(result[1][501], 25.0f);
  expect_same_as_baseline(plate);
}

TEST(BoundsChecks, BordersAreHeld) {
  // Hot edges, cold interior: heat flows in, the edge cells themselves never change.
  Plate plate = uniform_plate(24, 10.0f, 9);
  for (std::size_t x = 0; x < width; ++x) {
    plate.temperature.front()[x] = 90.0f;
    plate.temperature.back()[x] = 60.0f + static_cast<float>(x % 7);
  }
  for (std::vector<float>& row : plate.temperature) {
    row.front() = 75.0f;
    row.back() = -5.0f;
  }
  const Grid result = solution::diffuse(plate);
  ASSERT_EQ(result.size(), plate.temperature.size());
  EXPECT_EQ(result.front(), plate.temperature.front());
  EXPECT_EQ(result.back(), plate.temperature.back());
  for (std::size_t y = 0; y < result.size(); ++y) {
    EXPECT_EQ(result[y].front(), plate.temperature[y].front()) << "row " << y;
    EXPECT_EQ(result[y].back(), plate.temperature[y].back()) << "row " << y;
  }
  expect_same_as_baseline(plate);
}

TEST(BoundsChecks, HotSpotsAtTheEdgesAndCorners) {
  Plate plate = uniform_plate(12, 20.0f, 5);
  plate.temperature[0][0] = 95.0f;
  plate.temperature[1][1] = 95.0f;
  plate.temperature[10][width - 2] = 95.0f;
  plate.temperature[11][width - 1] = 95.0f;
  plate.temperature[6][1] = 80.0f;
  plate.temperature[6][width - 2] = 80.0f;
  expect_same_as_baseline(plate);
}

TEST(BoundsChecks, UniformPlateStaysUniform) {
  const Plate plate = uniform_plate(40, 21.5f, 6);
  EXPECT_TRUE(same_grid(plate.temperature, solution::diffuse(plate)));
}

TEST(BoundsChecks, ExtremeTemperaturesAndDiffusivities) {
  Plate plate = make_plate(20, 77);
  for (std::size_t y = 0; y < plate.temperature.size(); ++y)
    for (std::size_t x = 0; x < width; x += 3)
      plate.temperature[y][x] = (x + y) % 2 == 0 ? -273.15f : 3000.0f;  // checkerboard-ish
  for (float diffusivity : {0.0f, 0.01f, 0.125f, 0.25f}) {
    SCOPED_TRACE("diffusivity: " + std::to_string(diffusivity));
    plate.diffusivity = diffusivity;
    expect_same_as_baseline(plate);
  }
}

}  // namespace
}  // namespace kata::bounds_checks
