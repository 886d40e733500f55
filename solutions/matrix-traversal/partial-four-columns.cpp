// Partial fix: still column by column, but four columns per walk down the samples, with
// four running sums. Each visit of a row now uses 16 bytes of the cache line it fetches
// instead of 4, so there are four times fewer walks; but every step down still jumps a
// whole row (12 KB at 3000 features), so each step is still a new cache line and usually a
// new page: the access pattern that makes the baseline slow is unchanged. Reading the
// matrix in its storage order (row by row) is the fix.
#include <cstddef>

#include "kata.hpp"

namespace kata::matrix_traversal::solution {

std::vector<double> feature_means(const Batch& batch) {
  const std::size_t features = batch.features;
  const std::size_t samples = batch.samples;
  const float* values = batch.values.data();
  std::vector<double> means(features);
  std::size_t f = 0;
  for (; f + 4 <= features; f += 4) {
    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
    for (std::size_t s = 0; s < samples; ++s) {
      const float* v = values + s * features + f;
      s0 += v[0];
      s1 += v[1];
      s2 += v[2];
      s3 += v[3];
    }
    means[f] = s0 / static_cast<double>(samples);
    means[f + 1] = s1 / static_cast<double>(samples);
    means[f + 2] = s2 / static_cast<double>(samples);
    means[f + 3] = s3 / static_cast<double>(samples);
  }
  for (; f < features; ++f) {
    double sum = 0.0;
    for (std::size_t s = 0; s < samples; ++s) sum += values[s * features + f];
    means[f] = sum / static_cast<double>(samples);
  }
  return means;
}

}  // namespace kata::matrix_traversal::solution
