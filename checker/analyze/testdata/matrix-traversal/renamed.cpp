// Detector fixture: the baseline's column-by-column walk with other names and shapes: a
// raw pointer indexed as p[col + row * width] (operands swapped), a float accumulator, the
// outer loop over columns counting down, braces and a local for the stride. The detector
// must still fire on the inner loop.
#include "kata.hpp"

namespace kata::matrix_traversal::solution {

std::vector<double> feature_means(const Batch& b) {
  const float* p = b.values.data();
  const std::size_t width = b.features;
  std::vector<double> out(width);
  for (std::size_t col = width; col-- > 0;) {
    double total = 0;
    for (std::size_t row = 0; row != b.samples; row++) {
      total = total + p[col + row * width];
    }
    out[col] = total / static_cast<double>(b.samples);
  }
  return out;
}

}  // namespace kata::matrix_traversal::solution
