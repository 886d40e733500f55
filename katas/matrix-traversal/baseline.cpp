// The feature means as first written: feature by feature, the way the formula reads.
// Never edited: the checker measures your solution against it.
#include "kata.hpp"

namespace kata::matrix_traversal::baseline {

std::vector<double> feature_means(const Batch& batch) {
  std::vector<double> means(batch.features);
  for (std::size_t f = 0; f < batch.features; ++f) {
    // mean of column f: walk down the samples
    double sum = 0.0;
    for (std::size_t s = 0; s < batch.samples; ++s) sum += batch.values[s * batch.features + f];
    means[f] = sum / static_cast<double>(batch.samples);
  }
  return means;
}

}  // namespace kata::matrix_traversal::baseline
