// The ingestion step as first written: every packet is decoded into a vector of its own.
// Never edited: the checker measures your solution against it.
#include <algorithm>

#include "kata.hpp"

namespace kata::buffer_reuse::baseline {

namespace {

// The packet's readings, decoded from the first reading and the differences that follow.
std::vector<std::int32_t> decode_readings(const std::int32_t* encoded, std::size_t count) {
  std::vector<std::int32_t> readings;
  std::int32_t reading = encoded[0];
  readings.push_back(reading);
  for (std::size_t i = 1; i < count; ++i) {
    reading += encoded[i];
    readings.push_back(reading);
  }
  return readings;
}

void add_packet(SensorStats& stats, const std::vector<std::int32_t>& readings) {
  std::int64_t sum = 0;
  std::int32_t low = readings.front();
  std::int32_t high = readings.front();
  for (const std::int32_t reading : readings) {
    sum += reading;
    low = std::min(low, reading);
    high = std::max(high, reading);
  }
  // A reading is above the packet's mean when reading * n > sum (no rounding).
  const auto n = static_cast<std::int64_t>(readings.size());
  std::uint64_t above = 0;
  for (const std::int32_t reading : readings)
    if (reading * n > sum) ++above;
  stats.min = std::min(stats.min, low);
  stats.max = std::max(stats.max, high);
  stats.above_packet_mean += above;
  stats.sum += sum;
  stats.readings += readings.size();
  ++stats.packets;
}

// The sensors that reported, in id order. Runs once per batch.
std::vector<SensorStats> reporting_sensors(const std::vector<SensorStats>& table) {
  std::vector<SensorStats> reporting;
  for (const SensorStats& stats : table)
    if (stats.packets > 0) reporting.push_back(stats);
  return reporting;
}

}  // namespace

std::vector<SensorStats> summarise_batch(const PacketBatch& batch) {
  std::vector<SensorStats> table(kSensors);
  for (std::size_t sensor = 0; sensor < kSensors; ++sensor)
    table[sensor].sensor = static_cast<std::uint32_t>(sensor);

  std::size_t offset = 0;
  for (std::size_t packet = 0; packet < batch.packets; ++packet) {
    const auto sensor = static_cast<std::size_t>(batch.words[offset]);
    const auto count = static_cast<std::size_t>(batch.words[offset + 1]);
    const std::vector<std::int32_t> readings = decode_readings(&batch.words[offset + 2], count);
    add_packet(table[sensor], readings);
    offset += 2 + count;
  }
  return reporting_sensors(table);
}

}  // namespace kata::buffer_reuse::baseline
