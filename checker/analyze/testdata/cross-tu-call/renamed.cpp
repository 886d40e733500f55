// Detector fixture: the baseline's per-sample library call with other names and shapes: a
// namespace alias, an indexed while loop over the flattened samples, a do-while over the
// periods, and the call inside a lambda applied in a loop. The detector must still fire.
#include <algorithm>

#include "kata.hpp"

namespace kata::cross_tu_call::solution {

namespace lib = kata::cross_tu_call::audio;

namespace {

void convert_block(const float* first, std::size_t n, float level, std::int16_t* dst) {
  std::size_t k = 0;
  while (k < n) {
    dst[k] = lib::to_pcm16(first[k] * level);
    ++k;
  }
}

}  // namespace

std::vector<std::int16_t> encode_pcm16(const MixBuffer& m) {
  std::vector<std::int16_t> result(m.periods.size() * samples_per_period);
  if (m.periods.size() < 4) {
    const auto one = [&m](float s) { return lib::to_pcm16(s * m.master_gain); };
    for (std::size_t p = 0; p < m.periods.size(); ++p)
      std::transform(m.periods[p].samples.begin(), m.periods[p].samples.end(),
                     result.begin() + static_cast<std::ptrdiff_t>(p * samples_per_period), one);
    return result;
  }
  std::size_t p = 0;
  do {
    convert_block(m.periods[p].samples.data(), samples_per_period, m.master_gain,
                  result.data() + p * samples_per_period);
  } while (++p < m.periods.size());
  return result;
}

}  // namespace kata::cross_tu_call::solution
