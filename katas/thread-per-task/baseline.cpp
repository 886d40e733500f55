// The scoring service's batch endpoint as it was first written: every transaction is
// scored on a thread of its own. Never edited: the checker measures your solution against
// it.
#include <future>

#include "kata.hpp"

namespace kata::thread_per_task::baseline {

std::vector<float> score_batch(const ScoringBatch& batch) {
  const FraudModel& model = *batch.model;

  // "Scoring is CPU-bound and the transactions are independent: score them in parallel."
  std::vector<std::future<float>> pending;
  pending.reserve(batch.transactions.size());
  for (const Transaction& transaction : batch.transactions)
    pending.push_back(std::async(std::launch::async,
                                 [&model, &transaction] { return fraud_score(model, transaction); }));

  // A future from std::async waits for its thread when destroyed: if anything here
  // throws, every thread has still finished when the call unwinds.
  std::vector<float> scores;
  scores.reserve(pending.size());
  for (std::future<float>& score : pending) scores.push_back(score.get());
  return scores;
}

}  // namespace kata::thread_per_task::baseline
