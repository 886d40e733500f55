// Detector fixture: the baseline's checked stencil with other names and shapes: the rows
// (read side) taken by reference through .at() once per row, the cells read with .at() on
// those references in a helper, the output written through b.at(r).at(c) in a while loop
// over the columns, `auto` copies and swap(). Both detectors must still fire.
#include <utility>

#include "kata.hpp"

namespace kata::bounds_checks::solution {

namespace {

float update(const std::vector<float>& above, const std::vector<float>& here,
             const std::vector<float>& below, std::size_t col, float alpha) {
  return here.at(col) + alpha * (above.at(col) + below.at(col) + here.at(col - 1) +
                                 here.at(col + 1) - 4.0f * here.at(col));
}

}  // namespace

std::vector<std::vector<float>> diffuse(const Plate& p) {
  auto a = p.temperature;
  auto b = a;
  for (int t = 0; t != p.steps; ++t) {
    for (std::size_t r = 1; r + 1 < a.size(); ++r) {
      const std::vector<float>& above = a.at(r - 1);
      const std::vector<float>& here = a.at(r);
      const std::vector<float>& below = a.at(r + 1);
      std::size_t c = 1;
      while (c + 1 < here.size()) {
        b.at(r).at(c) = update(above, here, below, c, p.diffusivity);
        ++c;
      }
    }
    a.swap(b);
  }
  return a;
}

}  // namespace kata::bounds_checks::solution
