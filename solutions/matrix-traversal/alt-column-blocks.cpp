// Alternative: loop tiling. Features are taken in blocks of 1024 (4 KB of each row); for
// each block, the samples are walked top to bottom and the block's slice of every row is
// added into 1024 running sums (8 KB) that stay in L1. Each row slice is 64 consecutive
// cache lines, read in full, so the stride between slices no longer costs a miss per
// value. This is how a column order is kept when it is needed (when a block's statistics
// must be finished before the next block starts); here the plain row order is simpler.
// Full blocks use a loop with the constant trip count kBlock, which g++ -O2 vectorises
// (the sums are a local array: nothing can overlap them); the last, partial block is a
// plain loop.
#include <algorithm>
#include <cstddef>

#include "kata.hpp"

namespace kata::matrix_traversal::solution {

std::vector<double> feature_means(const Batch& batch) {
  constexpr std::size_t kBlock = 1024;
  std::vector<double> means(batch.features, 0.0);
  for (std::size_t first = 0; first < batch.features; first += kBlock) {
    const std::size_t width = std::min(kBlock, batch.features - first);
    double sums[kBlock] = {};
    for (std::size_t s = 0; s < batch.samples; ++s) {
      const float* slice = batch.values.data() + s * batch.features + first;
      if (width == kBlock) {
        for (std::size_t f = 0; f < kBlock; ++f) sums[f] += slice[f];
      } else {
        for (std::size_t f = 0; f < width; ++f) sums[f] += slice[f];
      }
    }
    for (std::size_t f = 0; f < width; ++f)
      means[first + f] = sums[f] / static_cast<double>(batch.samples);
  }
  return means;
}

}  // namespace kata::matrix_traversal::solution
