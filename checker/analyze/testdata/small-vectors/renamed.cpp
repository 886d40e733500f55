// Detector fixture: the baseline's heap vector per instruction with every name changed:
// the operand lists kept as a vector of vectors next to the opcodes, filled with reserve
// and push_back in a while loop. The vector-per-instruction detector must still fire.
#include "kata.hpp"

namespace kata::small_vectors::solution {

std::vector<std::uint32_t> live_instructions(const Module& m) {
  std::size_t at = 0;
  const std::uint32_t n = m.words[at++];
  std::vector<std::vector<std::uint32_t>> args;
  std::vector<Op> kinds;
  args.reserve(n);
  kinds.reserve(n);
  while (kinds.size() < n) {
    const std::uint32_t h = m.words[at++];
    kinds.push_back(Op(h & 0xFFFFu));
    std::vector<std::uint32_t>& a = args.emplace_back();
    a.reserve(h >> 16);
    for (std::uint32_t k = 0; k < (h >> 16); ++k) a.push_back(m.words[at++]);
  }
  std::vector<int> refs(n);
  for (const auto& a : args)
    for (auto v : a) refs[v]++;
  std::vector<bool> keep(n);
  for (std::uint32_t i = n; i > 0; --i) {
    if (has_side_effects(kinds[i - 1]) || refs[i - 1] != 0) keep[i - 1] = true;
    else for (auto v : args[i - 1]) refs[v]--;
  }
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < n; ++i)
    if (keep[i]) out.push_back(i);
  return out;
}

}  // namespace kata::small_vectors::solution
