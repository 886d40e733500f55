// Reference: hoist the row lookups out of the inner loop and hand the row kernel plain
// __restrict pointers. The baseline calls .at() six times per cell: each call loads the
// row's begin/end, compares and may throw, and the grid's rows are themselves reached
// through .at() on the outer vector, so neither compiler can keep anything in registers or
// vectorise (a call that may throw sits in the loop). Here the three input rows and the
// output row are looked up once per row; the kernel's loop has a compile-time trip count
// (width is constexpr) and no possible aliasing (__restrict), so g++ 12 and clang 14 both
// vectorise it at -O2 (addps/mulps/subps, 4 cells per instruction). Same expression, same
// order: the results are bit-identical.
#include <utility>

#include "kata.hpp"

namespace kata::bounds_checks::solution {

namespace {

void relax_row(float* __restrict out, const float* __restrict up, const float* __restrict mid,
               const float* __restrict down, float k) {
  for (std::size_t x = 1; x + 1 < width; ++x)
    out[x] = mid[x] + k * (up[x] + down[x] + mid[x - 1] + mid[x + 1] - 4.0f * mid[x]);
}

}  // namespace

std::vector<std::vector<float>> diffuse(const Plate& plate) {
  std::vector<std::vector<float>> current = plate.temperature;
  std::vector<std::vector<float>> next = current;  // the border cells never change
  const float k = plate.diffusivity;
  const std::size_t rows = current.size();
  for (int step = 0; step < plate.steps; ++step) {
    for (std::size_t y = 1; y + 1 < rows; ++y)
      relax_row(next[y].data(), current[y - 1].data(), current[y].data(), current[y + 1].data(),
                k);
    std::swap(current, next);
  }
  return current;
}

}  // namespace kata::bounds_checks::solution
