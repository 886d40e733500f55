// Your file: make count_terms fast. It starts as a copy of baseline.cpp.
// `kata check lock-contention` builds it, tests it against the baseline and measures it.
#include <algorithm>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "kata.hpp"

namespace kata::lock_contention::solution {

namespace {

// The batch's counts so far, shared by the workers: one mutex guards the map.
struct SharedCounts {
  std::mutex mutex;
  std::unordered_map<std::string, std::uint64_t> counts;
};

void count_lines(const std::vector<std::string>& lines, std::size_t begin, std::size_t end,
                 SharedCounts& shared) {
  std::string term;
  for (std::size_t i = begin; i < end; ++i) {
    for_each_term(lines[i], term, [&shared](const std::string& word) {
      std::lock_guard<std::mutex> lock(shared.mutex);
      ++shared.counts[word];
    });
  }
}

}  // namespace

std::vector<TermCount> count_terms(const LogBatch& batch) {
  // One worker per core, two at most: the indexer runs a few of these side by side.
  const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 2);
  const std::size_t n = batch.lines.size();

  SharedCounts shared;
  {
    // std::jthread joins in its destructor: every worker has finished when this block
    // ends -- also when starting a later one throws.
    std::vector<std::jthread> threads;
    threads.reserve(workers);
    for (std::size_t w = 0; w < workers; ++w)
      threads.emplace_back(count_lines, std::cref(batch.lines), n * w / workers,
                           n * (w + 1) / workers, std::ref(shared));
  }

  std::vector<TermCount> dictionary;
  dictionary.reserve(shared.counts.size());
  for (const auto& [term, count] : shared.counts) dictionary.push_back(TermCount{term, count});
  std::sort(dictionary.begin(), dictionary.end(),
            [](const TermCount& a, const TermCount& b) { return a.term < b.term; });
  return dictionary;
}

}  // namespace kata::lock_contention::solution
