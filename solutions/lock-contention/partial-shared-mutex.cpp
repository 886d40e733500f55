// A step that keeps the cost: "most terms are already in the map, so most of the work is
// a lookup -- lookups can share the lock". The counts become atomics, a word already in
// the map is found under a std::shared_lock and bumped with a relaxed fetch_add, and only
// a new word takes the exclusive lock to insert itself. Correct, and the workers no longer
// wait for each other in the kernel -- but every term still writes three shared cache
// lines: the reader count inside the shared_mutex (lock_shared and unlock_shared are
// atomic read-modify-writes on one word), and the counter of a frequent word, which both
// workers bump all the time. Both lines bounce between the cores on every term.
#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <shared_mutex>
#include <thread>
#include <unordered_map>

#include "kata.hpp"

namespace kata::lock_contention::solution {

namespace {

struct SharedCounts {
  std::shared_mutex mutex;
  std::unordered_map<std::string, std::atomic<std::uint64_t>> counts;
};

void count_lines(const std::vector<std::string>& lines, std::size_t begin, std::size_t end,
                 SharedCounts& shared) {
  std::string term;
  for (std::size_t i = begin; i < end; ++i) {
    for_each_term(lines[i], term, [&shared](const std::string& word) {
      {
        std::shared_lock<std::shared_mutex> read(shared.mutex);
        const auto found = shared.counts.find(word);
        if (found != shared.counts.end()) {
          found->second.fetch_add(1, std::memory_order_relaxed);
          return;
        }
      }
      std::unique_lock<std::shared_mutex> write(shared.mutex);
      shared.counts[word].fetch_add(1, std::memory_order_relaxed);  // inserted at 0 if new
    });
  }
}

}  // namespace

std::vector<TermCount> count_terms(const LogBatch& batch) {
  const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 2);
  const std::size_t n = batch.lines.size();

  SharedCounts shared;
  {
    std::vector<std::jthread> threads;  // joined when this block ends, however it ends
    threads.reserve(workers);
    for (std::size_t w = 0; w < workers; ++w)
      threads.emplace_back(count_lines, std::cref(batch.lines), n * w / workers,
                           n * (w + 1) / workers, std::ref(shared));
  }

  std::vector<TermCount> dictionary;
  dictionary.reserve(shared.counts.size());
  for (const auto& [term, count] : shared.counts)
    dictionary.push_back(TermCount{term, count.load(std::memory_order_relaxed)});
  std::sort(dictionary.begin(), dictionary.end(),
            [](const TermCount& a, const TermCount& b) { return a.term < b.term; });
  return dictionary;
}

}  // namespace kata::lock_contention::solution
