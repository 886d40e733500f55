// The thermal model's diffusion step as first written: the grid as a vector of rows, every
// access checked with []. Never edited: the checker measures yours against it.
#include <utility>

#include "kata.hpp"

namespace kata::bounds_checks::solution {

std::vector<std::vector<float>> diffuse(const Plate& plate) {
  std::vector<std::vector<float>> current = plate.temperature;
  std::vector<std::vector<float>> next = current;  // the border cells never change
  const float k = plate.diffusivity;
  for (int step = 0; step < plate.steps; ++step) {
    for (std::size_t y = 1; y + 1 < current.size(); ++y) {
      for (std::size_t x = 1; x + 1 < current[y].size(); ++x) {
        next[y][x] =
            current[y][x] + k * (current[y - 1][x] + current[y + 1][x] +
                                       current[y][x - 1] + current[y][x + 1] -
                                       4.0f * current[y][x]);
      }
    }
    std::swap(current, next);
  }
  return current;
}

}  // namespace kata::bounds_checks::solution
