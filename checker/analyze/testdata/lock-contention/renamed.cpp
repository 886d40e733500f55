// Detector fixture: the baseline's lock per term with other names and shapes: the terms
// collected per line first, then a while loop that takes a std::unique_lock around a
// try_emplace into a std::map, threads started from a lambda. The detector must still fire.
#include <map>
#include <mutex>
#include <thread>

#include "kata.hpp"

namespace kata::lock_contention::solution {

std::vector<TermCount> count_terms(const LogBatch& in) {
  std::mutex guard;
  std::map<std::string, std::uint64_t> freq;
  {
    std::vector<std::jthread> crew;
    const std::size_t half = in.lines.size() / 2;
    for (int part = 0; part < 2; ++part) {
      crew.emplace_back([&, part] {
        std::string scratch;
        std::vector<std::string> found;
        const std::size_t lo = part == 0 ? 0 : half;
        const std::size_t hi = part == 0 ? half : in.lines.size();
        for (std::size_t k = lo; k < hi; ++k) {
          found.clear();
          for_each_term(in.lines[k], scratch, [&](const std::string& t) { found.push_back(t); });
          std::size_t j = 0;
          while (j < found.size()) {
            std::unique_lock<std::mutex> held(guard);
            freq.try_emplace(found[j], 0).first->second += 1;
            ++j;
          }
        }
      });
    }
  }
  std::vector<TermCount> out;
  for (const auto& [t, c] : freq) out.push_back(TermCount{t, c});
  return out;
}

}  // namespace kata::lock_contention::solution
