#pragma once
// lock-contention: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kata/random.hpp"

namespace kata::lock_contention {

// One batch of log lines on its way into the search index, e.g.
//   "WARN payment-gateway: retry 3 for order 7731, upstream timeout after 2500 ms"
struct LogBatch {
  std::vector<std::string> lines;
};

// One entry of the batch's term dictionary: a term and how many times it occurs.
struct TermCount {
  std::string term;
  std::uint64_t count = 0;
  friend bool operator==(const TermCount&, const TermCount&) = default;
};

// The indexer's tokeniser. A term is a maximal run of ASCII letters, digits and '_',
// lower-cased ("Timeout," -> "timeout"; "2500ms" -> "2500ms"; "order_id=7" -> "order_id",
// "7"). Calls on_term(const std::string&) for every term of `line` in order; `term` is the
// caller's scratch buffer, reused from call to call.
inline bool is_term_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

template <class OnTerm>
void for_each_term(std::string_view line, std::string& term, OnTerm&& on_term) {
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && !is_term_char(line[i])) ++i;
    if (i == line.size()) break;
    term.clear();
    for (; i < line.size() && is_term_char(line[i]); ++i)
      term.push_back(line[i] >= 'A' && line[i] <= 'Z' ? static_cast<char>(line[i] - 'A' + 'a')
                                                      : line[i]);
    on_term(static_cast<const std::string&>(term));
  }
}

// The batch's term dictionary: every distinct term with its number of occurrences, sorted
// by term (byte order), as the index segment stores it.
namespace baseline {
std::vector<TermCount> count_terms(const LogBatch& batch);
}
namespace solution {
std::vector<TermCount> count_terms(const LogBatch& batch);
}

// The inputs the tests and the benchmark use: `count` log lines drawn from `seed`. Words
// come from a 5,000-word vocabulary with Zipf-distributed frequencies (as in real text:
// a few words are in almost every line, most are rare), plus numbers; 8-16 words a line,
// some capitalised, separated by spaces and punctuation.
inline const std::vector<std::string>& vocabulary() {
  static const std::vector<std::string> words = [] {
    kata::random::Rng rng(0x10c);
    std::vector<std::string> out;
    out.reserve(5000);
    for (std::size_t i = 0; i < 5000; ++i) {
      // Frequent words are short, rare ones longer; a few are snake_case identifiers.
      const std::size_t length = 2 + std::min<std::size_t>(14, i / 400 + rng.next() % 6);
      std::string word = kata::random::word(rng, length, length);
      if (i % 97 == 13) word += "_" + kata::random::word(rng, 2, 6);
      word += static_cast<char>('a' + i % 26);  // keeps the 5,000 words distinct enough
      out.push_back(std::move(word));
    }
    return out;
  }();
  return words;
}

inline LogBatch make_batch(std::size_t count, std::uint64_t seed) {
  static const std::vector<double> cumulative = [] {
    std::vector<double> weights(vocabulary().size());
    double total = 0;
    for (std::size_t rank = 0; rank < weights.size(); ++rank)
      weights[rank] = total += 1.0 / static_cast<double>(rank + 1);  // Zipf, s = 1
    for (double& w : weights) w /= total;
    return weights;
  }();
  static constexpr std::string_view separators[] = {" ", " ", " ", " ", ", ", ": ", "=", " - ", "/"};
  kata::random::Rng rng(seed);
  LogBatch batch;
  batch.lines.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    std::string line;
    const auto words = rng.between(8, 16);
    for (std::int64_t w = 0; w < words; ++w) {
      if (w > 0) line += separators[rng.next() % std::size(separators)];
      if (rng.chance(0.1)) {
        line += std::to_string(rng.between(0, 999));
        continue;
      }
      const double u = rng.unit();
      const std::size_t rank = static_cast<std::size_t>(
          std::lower_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
      std::string word = vocabulary()[std::min(rank, vocabulary().size() - 1)];
      if (rng.chance(0.05)) word[0] = static_cast<char>(word[0] - 'a' + 'A');
      if (rng.chance(0.01)) for (char& c : word) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      line += word;
    }
    batch.lines.push_back(std::move(line));
  }
  return batch;
}

}  // namespace kata::lock_contention
