// Alternative: move the plate into two flat, contiguous buffers (rows × width floats) for
// the whole run, step over them with a row kernel whose pointer parameters are __restrict,
// and copy the result back into rows once at the end. The kernel's trip count is a
// compile-time constant (width is constexpr), so both compilers vectorise it at -O2; the
// grid is one block instead of a row per allocation, and swapping buffers is swapping two
// pointers. Same expression, same order: bit-identical results.
#include <algorithm>
#include <utility>

#include "kata.hpp"

namespace kata::bounds_checks::solution {

namespace {

void step_rows(float* __restrict out, const float* __restrict in, std::size_t rows, float k) {
  for (std::size_t y = 1; y + 1 < rows; ++y) {
    const float* up = in + (y - 1) * width;
    const float* mid = in + y * width;
    const float* down = in + (y + 1) * width;
    float* row = out + y * width;
    for (std::size_t x = 1; x + 1 < width; ++x)
      row[x] = mid[x] + k * (up[x] + down[x] + mid[x - 1] + mid[x + 1] - 4.0f * mid[x]);
  }
}

}  // namespace

std::vector<std::vector<float>> diffuse(const Plate& plate) {
  const std::size_t rows = plate.temperature.size();
  std::vector<float> a(rows * width);
  for (std::size_t y = 0; y < rows; ++y)
    std::copy(plate.temperature[y].begin(), plate.temperature[y].end(),
              a.begin() + static_cast<std::ptrdiff_t>(y * width));
  std::vector<float> b = a;  // the border cells never change
  float* current = a.data();
  float* next = b.data();
  for (int step = 0; step < plate.steps; ++step) {
    step_rows(next, current, rows, plate.diffusivity);
    std::swap(current, next);
  }
  std::vector<std::vector<float>> result(rows);
  for (std::size_t y = 0; y < rows; ++y)
    result[y].assign(current + y * width, current + (y + 1) * width);
  return result;
}

}  // namespace kata::bounds_checks::solution
