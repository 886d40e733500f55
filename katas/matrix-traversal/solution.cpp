// Your file: make feature_means fast. It starts as a copy of baseline.cpp.
// `kata check matrix-traversal` builds it, tests it against the baseline and measures it.
#include "kata.hpp"

namespace kata::matrix_traversal::solution {

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

}  // namespace kata::matrix_traversal::solution
