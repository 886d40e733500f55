#pragma once
// thread-per-task: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file -- including the
// scoring model below, so it cannot be made faster from here.
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "kata/random.hpp"

namespace kata::thread_per_task {

inline constexpr std::size_t kFeatures = 32;  // per transaction
inline constexpr std::size_t kDepth = 6;      // every tree is complete, 6 levels deep
inline constexpr std::size_t kTrees = 400;     // in the ensemble

// One card transaction, as the fraud model sees it: 32 numeric features (amount, merchant
// risk, distance from home, time since the last transaction, ...), already normalised.
struct Transaction {
  std::array<float, kFeatures> features{};
};

// One tree of the gradient-boosted ensemble, complete and kDepth levels deep: internal node
// n (0 .. 2^kDepth - 2) sends a transaction to child 2n+1 when features[feature[n]] <=
// threshold[n], else to 2n+2; the leaves carry the tree's vote.
struct Tree {
  std::array<std::uint8_t, (1u << kDepth) - 1> feature{};
  std::array<float, (1u << kDepth) - 1> threshold{};
  std::array<float, 1u << kDepth> leaf{};
};

struct FraudModel {
  std::vector<Tree> trees;
  float bias = 0.0f;
};

// The fraud score of one transaction: the bias plus every tree's vote, added in tree
// order (so that the same transaction always gets the same float). About 12 us of
// branchy, pointer-chasing work on the test VM: a tiny task.
inline float fraud_score(const FraudModel& model, const Transaction& transaction) {
  float score = model.bias;
  for (const Tree& tree : model.trees) {
    std::size_t node = 0;
    for (std::size_t level = 0; level < kDepth; ++level) {
      const bool right = transaction.features[tree.feature[node]] > tree.threshold[node];
      node = 2 * node + 1 + (right ? 1 : 0);
    }
    score += tree.leaf[node - ((1u << kDepth) - 1)];
  }
  return score;
}

// One batch for the scoring service: the model in production right now and the
// transactions that arrived since the last batch.
struct ScoringBatch {
  std::shared_ptr<const FraudModel> model;
  std::vector<Transaction> transactions;
};

// Scores every transaction of the batch, in order: result[i] is
// fraud_score(*batch.model, batch.transactions[i]), bit for bit.
namespace baseline {
std::vector<float> score_batch(const ScoringBatch& batch);
}
namespace solution {
std::vector<float> score_batch(const ScoringBatch& batch);
}

// A random model: features and thresholds drawn from `seed`.
inline std::shared_ptr<const FraudModel> make_model(std::uint64_t seed) {
  kata::random::Rng rng(seed);
  auto model = std::make_shared<FraudModel>();
  model->trees.resize(kTrees);
  for (Tree& tree : model->trees) {
    for (auto& f : tree.feature) f = static_cast<std::uint8_t>(rng.next() % kFeatures);
    for (auto& t : tree.threshold) t = static_cast<float>(rng.unit() * 2.0 - 1.0);
    for (auto& l : tree.leaf) l = static_cast<float>((rng.unit() - 0.5) * 0.1);
  }
  model->bias = -2.0f;
  return model;
}

// The inputs the tests and the benchmark use: a model and `count` transactions, drawn
// from `seed`.
inline ScoringBatch make_batch(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  ScoringBatch batch{make_model(kata::random::derive_seed(seed, 1)), {}};
  batch.transactions.resize(count);
  for (Transaction& transaction : batch.transactions)
    for (float& x : transaction.features) x = static_cast<float>(rng.unit() * 2.0 - 1.0);
  return batch;
}

}  // namespace kata::thread_per_task
