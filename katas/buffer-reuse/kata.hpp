#pragma once
// buffer-reuse: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "kata/random.hpp"

namespace kata::buffer_reuse {

// Sensors are numbered 0 .. kSensors - 1 by the gateway.
inline constexpr std::size_t kSensors = 512;

// One batch as the radio gateway forwards it: 32-bit words, packets back to back. A packet is
//   word 0         the sensor id (< kSensors)
//   word 1         n, the number of readings in the packet (n >= 1; no upper limit)
//   word 2         the first reading
//   words 3..n+1   the other n - 1 readings, each as its difference from the reading before
// Readings are in hundredths of a degree (2153 = 21.53 °C); every reading, decoded, fits in
// an int32 and so does every difference.
struct PacketBatch {
  std::vector<std::int32_t> words;
  std::size_t packets = 0;
};

// What the ingestion service keeps per sensor and batch.
struct SensorStats {
  std::uint32_t sensor = 0;
  std::uint32_t packets = 0;
  std::uint64_t readings = 0;
  std::int32_t min = std::numeric_limits<std::int32_t>::max();
  std::int32_t max = std::numeric_limits<std::int32_t>::min();
  std::int64_t sum = 0;
  // Readings strictly above the mean of their own packet (the dashboards' "warm" count).
  std::uint64_t above_packet_mean = 0;
  bool operator==(const SensorStats&) const = default;
};

// Decodes every packet of the batch and returns the statistics of every sensor that sent at
// least one packet, in sensor-id order.
namespace baseline {
std::vector<SensorStats> summarise_batch(const PacketBatch& batch);
}
namespace solution {
std::vector<SensorStats> summarise_batch(const PacketBatch& batch);
}

// Appends one packet to a batch (used by the generator and the tests).
inline void append_packet(PacketBatch& batch, std::uint32_t sensor,
                          const std::vector<std::int32_t>& readings) {
  batch.words.push_back(static_cast<std::int32_t>(sensor));
  batch.words.push_back(static_cast<std::int32_t>(readings.size()));
  for (std::size_t i = 0; i < readings.size(); ++i)
    batch.words.push_back(i == 0 ? readings[0] : readings[i] - readings[i - 1]);
  ++batch.packets;
}

// Readings in a packet: a sensor samples every 5 seconds and transmits once a minute.
inline constexpr std::int64_t kReadingsPerPacket = 12;

// The inputs the tests and the benchmark use: `packets` packets drawn from `seed`, from
// random sensors. Most packets carry kReadingsPerPacket readings; one in ten carries twice
// as many (the sensor missed a transmission and sends its backlog), one in twenty fewer (it
// has just restarted). Readings drift by a few hundredths at a time.
inline PacketBatch make_batch(std::size_t packets, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  PacketBatch batch;
  batch.words.reserve(packets * (2 + kReadingsPerPacket + 2));
  for (std::size_t p = 0; p < packets; ++p) {
    const std::int64_t dice = rng.between(0, 99);
    const std::int64_t count = dice < 85   ? kReadingsPerPacket
                               : dice < 95 ? 2 * kReadingsPerPacket
                                           : rng.between(1, kReadingsPerPacket - 1);
    batch.words.push_back(static_cast<std::int32_t>(rng.between(0, std::int64_t{kSensors} - 1)));
    batch.words.push_back(static_cast<std::int32_t>(count));
    batch.words.push_back(static_cast<std::int32_t>(rng.between(-4000, 4000)));
    for (std::int64_t i = 1; i < count; ++i)
      batch.words.push_back(static_cast<std::int32_t>(rng.between(-25, 25)));
    ++batch.packets;
  }
  return batch;
}

}  // namespace kata::buffer_reuse
