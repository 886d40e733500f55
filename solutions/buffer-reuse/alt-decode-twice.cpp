// Alternative: no buffer at all. The packet is still in the batch, so the second pass (the
// readings above the packet's mean) decodes it again instead of reading a stored copy:
// decoding is one addition per reading, cheaper than storing and reloading it. Nothing is
// allocated per packet either.
#include <algorithm>

#include "kata.hpp"

namespace kata::buffer_reuse::solution {

namespace {

// Sum, min and max straight from the encoded words, then the readings above the mean by
// decoding them once more.
void add_packet(SensorStats& stats, const std::int32_t* encoded, std::size_t count) {
  std::int64_t sum = 0;
  std::int32_t low = stats.min;
  std::int32_t high = stats.max;
  std::int32_t reading = 0;
  for (std::size_t i = 0; i < count; ++i) {
    reading = i == 0 ? encoded[0] : reading + encoded[i];
    sum += reading;
    low = std::min(low, reading);
    high = std::max(high, reading);
  }
  const auto n = static_cast<std::int64_t>(count);
  std::uint64_t above = 0;
  reading = 0;
  for (std::size_t i = 0; i < count; ++i) {
    reading = i == 0 ? encoded[0] : reading + encoded[i];
    above += reading * n > sum ? 1 : 0;
  }
  stats.min = low;
  stats.max = high;
  stats.above_packet_mean += above;
  stats.sum += sum;
  stats.readings += count;
  ++stats.packets;
}

}  // namespace

std::vector<SensorStats> summarise_batch(const PacketBatch& batch) {
  std::vector<SensorStats> table(kSensors);
  for (std::size_t sensor = 0; sensor < kSensors; ++sensor)
    table[sensor].sensor = static_cast<std::uint32_t>(sensor);

  const std::int32_t* words = batch.words.data();
  for (std::size_t packet = 0; packet < batch.packets; ++packet) {
    const auto sensor = static_cast<std::size_t>(words[0]);
    const auto count = static_cast<std::size_t>(words[1]);
    add_packet(table[sensor], words + 2, count);
    words += 2 + count;
  }

  std::vector<SensorStats> reporting;
  for (const SensorStats& stats : table)
    if (stats.packets > 0) reporting.push_back(stats);
  return reporting;
}

}  // namespace kata::buffer_reuse::solution
