// Alternative: keep the shared map and its mutex, but take the lock once per worker
// instead of once per term. Each worker counts its lines into a local map, then locks the
// shared map once and adds its counts to it -- a few thousand distinct terms instead of
// ~70,000 occurrences per worker, so the lock is taken twice per batch and barely contended.
#include <algorithm>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "kata.hpp"

namespace kata::lock_contention::solution {

std::vector<TermCount> count_terms(const LogBatch& batch) {
  const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 2);
  const std::size_t n = batch.lines.size();

  std::mutex mutex;
  std::unordered_map<std::string, std::uint64_t> counts;  // guarded by `mutex`
  {
    std::vector<std::jthread> threads;  // joined when this block ends, however it ends
    threads.reserve(workers);
    for (std::size_t w = 0; w < workers; ++w) {
      threads.emplace_back([&, begin = n * w / workers, end = n * (w + 1) / workers] {
        std::unordered_map<std::string, std::uint64_t> local;
        std::string term;
        for (std::size_t i = begin; i < end; ++i)
          for_each_term(batch.lines[i], term, [&local](const std::string& word) { ++local[word]; });

        const std::lock_guard<std::mutex> lock(mutex);  // once per worker
        if (counts.empty()) {
          counts = std::move(local);
        } else {
          for (auto& [word, count] : local) counts[word] += count;
        }
      });
    }
  }

  std::vector<TermCount> dictionary;
  dictionary.reserve(counts.size());
  for (auto& [term, count] : counts) dictionary.push_back(TermCount{term, count});
  std::sort(dictionary.begin(), dictionary.end(),
            [](const TermCount& a, const TermCount& b) { return a.term < b.term; });
  return dictionary;
}

}  // namespace kata::lock_contention::solution
