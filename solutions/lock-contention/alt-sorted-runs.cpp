// Alternative: no map shared at all, and no merge through a hash map either. Each worker
// counts its share into its own map, then turns it into a vector sorted by term -- the
// dictionary's own order -- and the two sorted runs are merged with one linear pass that
// adds the counts of a term both workers saw. Sorting happens in parallel, inside the
// workers; the single-threaded part is one merge of two short sorted vectors.
#include <algorithm>
#include <thread>
#include <unordered_map>

#include "kata.hpp"

namespace kata::lock_contention::solution {

namespace {

std::vector<TermCount> count_run(const std::vector<std::string>& lines, std::size_t begin,
                                 std::size_t end) {
  std::unordered_map<std::string, std::uint64_t> counts;
  std::string term;
  for (std::size_t i = begin; i < end; ++i)
    for_each_term(lines[i], term, [&counts](const std::string& word) { ++counts[word]; });
  std::vector<TermCount> run;
  run.reserve(counts.size());
  for (auto& node : counts) run.push_back(TermCount{node.first, node.second});
  std::sort(run.begin(), run.end(),
            [](const TermCount& a, const TermCount& b) { return a.term < b.term; });
  return run;
}

std::vector<TermCount> merge_runs(const std::vector<TermCount>& a, const std::vector<TermCount>& b) {
  std::vector<TermCount> out;
  out.reserve(a.size() + b.size());
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].term < b[j].term)) {
      out.push_back(a[i++]);
    } else if (i == a.size() || b[j].term < a[i].term) {
      out.push_back(b[j++]);
    } else {
      out.push_back(TermCount{a[i].term, a[i].count + b[j].count});
      ++i;
      ++j;
    }
  }
  return out;
}

}  // namespace

std::vector<TermCount> count_terms(const LogBatch& batch) {
  const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 2);
  const std::size_t n = batch.lines.size();

  std::vector<std::vector<TermCount>> runs(workers);
  {
    std::vector<std::jthread> threads;  // joined when this block ends, however it ends
    threads.reserve(workers);
    for (std::size_t w = 0; w < workers; ++w)
      threads.emplace_back([&batch, &run = runs[w], begin = n * w / workers,
                            end = n * (w + 1) / workers] { run = count_run(batch.lines, begin, end); });
  }

  std::vector<TermCount> dictionary = std::move(runs.front());
  for (std::size_t w = 1; w < workers; ++w) dictionary = merge_runs(dictionary, runs[w]);
  return dictionary;
}

}  // namespace kata::lock_contention::solution
