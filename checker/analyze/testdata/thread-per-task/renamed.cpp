// Detector fixture: the baseline's thread per transaction with other names, std::thread
// instead of std::async, a named function instead of a lambda, a while loop, and the
// joins in a scope guard. The thread-per-tiny-task detector must still fire.
#include <thread>

#include "kata.hpp"

namespace kata::thread_per_task::solution {

namespace {

void score_one(const FraudModel* model, const Transaction* item, float* out) {
  *out = fraud_score(*model, *item);
}

struct JoinAll {
  std::vector<std::thread>& threads;
  ~JoinAll() {
    for (std::thread& t : threads)
      if (t.joinable()) t.join();
  }
};

}  // namespace

std::vector<float> score_batch(const ScoringBatch& input) {
  std::vector<float> out(input.transactions.size());
  std::vector<std::thread> threads;
  JoinAll guard{threads};
  std::size_t k = 0;
  while (k < out.size()) {
    threads.push_back(std::thread(score_one, input.model.get(), &input.transactions[k], &out[k]));
    ++k;
  }
  return out;
}

}  // namespace kata::thread_per_task::solution
