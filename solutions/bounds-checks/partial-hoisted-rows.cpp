// A step, not the fix: the four rows a cell touches are looked up once per row, not six
// times per cell, so the outer vector is no longer indexed in the inner loop. But every cell
// is still read through .at(x): five compares and branches to a throwing call per cell. A
// loop that may throw in the middle cannot be vectorised (the cells before the throw must be
// written, the ones after must not), and the row references may alias each other, so both
// g++ 12 and clang 14 keep it scalar, one cell at a time.
#include <utility>

#include "kata.hpp"

namespace kata::bounds_checks::solution {

std::vector<std::vector<float>> diffuse(const Plate& plate) {
  std::vector<std::vector<float>> current = plate.temperature;
  std::vector<std::vector<float>> next = current;  // the border cells never change
  const float k = plate.diffusivity;
  for (int step = 0; step < plate.steps; ++step) {
    for (std::size_t y = 1; y + 1 < current.size(); ++y) {
      const std::vector<float>& up = current.at(y - 1);
      const std::vector<float>& mid = current.at(y);
      const std::vector<float>& down = current.at(y + 1);
      std::vector<float>& out = next.at(y);
      for (std::size_t x = 1; x + 1 < mid.size(); ++x) {
        out.at(x) = mid.at(x) + k * (up.at(x) + down.at(x) + mid.at(x - 1) + mid.at(x + 1) -
                                     4.0f * mid.at(x));
      }
    }
    std::swap(current, next);
  }
  return current;
}

}  // namespace kata::bounds_checks::solution
