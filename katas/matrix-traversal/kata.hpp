#pragma once
// matrix-traversal: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::matrix_traversal {

// One training batch as the loader delivers it: `samples` rows of `features` floats, row
// after row (row-major): the value of feature f in sample s is values[s * features + f].
struct Batch {
  std::size_t samples = 0;   // at least 1
  std::size_t features = 0;
  std::vector<float> values;  // samples * features
};

// The per-feature means the normaliser subtracts: for every feature f, the sum over the
// samples of its values, accumulated in double, sample 0 first, then divided by `samples`.
// Returns `features` means, in feature order.
namespace baseline {
std::vector<double> feature_means(const Batch& batch);
}
namespace solution {
std::vector<double> feature_means(const Batch& batch);
}

// The inputs the tests and the benchmark use: a batch of `size` samples × `size` features
// drawn from `seed`. Every feature has its own scale and offset (prices, counts, ratios,
// embeddings), and about one value in 50 is 0 (missing, filled with 0 by the loader).
inline Batch make_batch(std::size_t size, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  Batch batch;
  batch.samples = size;
  batch.features = size;
  std::vector<float> scale(size), offset(size);
  for (std::size_t f = 0; f < size; ++f) {
    scale[f] = static_cast<float>(0.001 + 1000.0 * rng.unit() * rng.unit());
    offset[f] = static_cast<float>(rng.unit() < 0.5 ? 0.0 : 100.0 * (rng.unit() - 0.5));
  }
  batch.values.resize(size * size);
  for (std::size_t s = 0; s < size; ++s) {
    for (std::size_t f = 0; f < size; ++f) {
      const std::uint64_t bits = rng.next();
      batch.values[s * size + f] =
          bits % 50 == 0 ? 0.0f
                         : offset[f] + scale[f] * static_cast<float>((bits >> 40) * 0x1.0p-24);
    }
  }
  return batch;
}

}  // namespace kata::matrix_traversal
