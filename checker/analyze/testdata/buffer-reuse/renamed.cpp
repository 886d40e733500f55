// Detector fixture: the baseline's fresh vector per packet with every name changed, a
// while loop walking a pointer instead of the index loop, and `auto` for the decoded
// values. The fresh-vector-per-packet detector must still fire.
#include <algorithm>
#include <iterator>

#include "kata.hpp"

namespace kata::buffer_reuse::solution {

static std::vector<int> unpack(const int* p, int n) {
  std::vector<int> out;
  int acc = 0;
  for (int k = 0; k < n; k++) {
    acc = k ? acc + p[k] : p[0];
    out.push_back(acc);
  }
  return out;
}

std::vector<SensorStats> summarise_batch(const PacketBatch& in) {
  std::vector<SensorStats> rows(kSensors);
  for (std::uint32_t s = 0; s < rows.size(); s++) rows[s].sensor = s;
  const int* cursor = in.words.data();
  std::size_t left = in.packets;
  while (left-- > 0) {
    SensorStats& row = rows[static_cast<std::size_t>(cursor[0])];
    auto vals = unpack(cursor + 2, cursor[1]);
    cursor += 2 + cursor[1];
    long long total = 0;
    for (int v : vals) {
      total += v;
      row.min = std::min(row.min, v);
      row.max = std::max(row.max, v);
    }
    for (int v : vals) row.above_packet_mean += static_cast<long long>(v) * static_cast<long long>(vals.size()) > total;
    row.sum += total;
    row.readings += vals.size();
    row.packets++;
  }
  std::vector<SensorStats> result;
  std::copy_if(rows.begin(), rows.end(), std::back_inserter(result),
               [](const SensorStats& r) { return r.packets != 0; });
  return result;
}

}  // namespace kata::buffer_reuse::solution
