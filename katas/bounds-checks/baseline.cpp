// The thermal model's diffusion step as first written: the grid as a vector of rows, every
// access checked with .at(). Never edited: the checker measures yours against it.
#include <utility>

#include "kata.hpp"

namespace kata::bounds_checks::baseline {

namespace {

// The grid each step writes into. The border cells never change, so it starts as a whole
// copy of the plate and the steps overwrite only the interior.
std::vector<std::vector<float>> with_fixed_border(const std::vector<std::vector<float>>& grid) {
  return grid;
}

}  // namespace

std::vector<std::vector<float>> diffuse(const Plate& plate) {
  std::vector<std::vector<float>> current = plate.temperature;
  std::vector<std::vector<float>> next = with_fixed_border(current);
  const float k = plate.diffusivity;
  for (int step = 0; step < plate.steps; ++step) {
    for (std::size_t y = 1; y + 1 < current.size(); ++y) {
      for (std::size_t x = 1; x + 1 < current.at(y).size(); ++x) {
        next.at(y).at(x) =
            current.at(y).at(x) + k * (current.at(y - 1).at(x) + current.at(y + 1).at(x) +
                                       current.at(y).at(x - 1) + current.at(y).at(x + 1) -
                                       4.0f * current.at(y).at(x));
      }
    }
    std::swap(current, next);
  }
  return current;
}

}  // namespace kata::bounds_checks::baseline
