#pragma once
// bounds-checks: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::bounds_checks {

// The thermal camera's sensor is 1024 pixels wide, and the model adds one cell on each side
// for the plate's clamped edge: every row of a plate has this many cells.
inline constexpr std::size_t width = 1026;

// Temperatures (°C) of a cooling plate, one row per sensor line (plate.size() rows of
// `width` cells each), and how far to advance the model.
struct Plate {
  std::vector<std::vector<float>> temperature;
  float diffusivity;  // alpha · dt / dx², in (0, 0.25] so the explicit scheme is stable
  int steps;          // time steps to run
};

// Runs `steps` explicit heat-diffusion steps (5-point stencil) over the plate's interior:
//   next[y][x] = t[y][x] + diffusivity * (t[y-1][x] + t[y+1][x] + t[y][x-1] + t[y][x+1]
//                                         - 4 * t[y][x])
// evaluated in exactly that order, in single precision. The border rows and columns are
// held at their initial temperatures (the plate's clamped edge). Returns the final grid.
namespace baseline {
std::vector<std::vector<float>> diffuse(const Plate& plate);
}
namespace solution {
std::vector<std::vector<float>> diffuse(const Plate& plate);
}

// The inputs the tests and the benchmark use: a plate of `rows` sensor lines drawn from
// `seed`: ambient 20-30 °C with sensor noise, a few hot spots of 60-95 °C where the
// components sit, 64 time steps with diffusivity 0.2.
inline Plate make_plate(std::size_t rows, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  Plate plate{std::vector<std::vector<float>>(rows, std::vector<float>(width)), 0.2f, 64};
  for (std::vector<float>& row : plate.temperature)
    for (float& cell : row) cell = 20.0f + 10.0f * static_cast<float>(rng.unit());
  const std::size_t hot_spots = 1 + rows / 64;
  for (std::size_t i = 0; i < hot_spots && rows > 0; ++i) {
    const auto cy = static_cast<std::int64_t>(rng.next() % rows);
    const auto cx = static_cast<std::int64_t>(rng.next() % width);
    const auto heat = static_cast<float>(60.0 + 35.0 * rng.unit());
    for (std::int64_t y = cy - 8; y <= cy + 8; ++y)
      for (std::int64_t x = cx - 8; x <= cx + 8; ++x)
        if (y >= 0 && y < static_cast<std::int64_t>(rows) && x >= 0 &&
            x < static_cast<std::int64_t>(width))
          plate.temperature[static_cast<std::size_t>(y)][static_cast<std::size_t>(x)] = heat;
  }
  return plate;
}

}  // namespace kata::bounds_checks
