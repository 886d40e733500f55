// Correctness: the solution must report exactly the baseline's statistics for every sensor.
#include <gtest/gtest.h>

#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::buffer_reuse {
namespace {

constexpr std::int32_t kMaxReading = std::numeric_limits<std::int32_t>::max();
constexpr std::int32_t kMinReading = std::numeric_limits<std::int32_t>::min();

std::string describe(const SensorStats& s) {
  std::ostringstream out;
  out << "{sensor " << s.sensor << ", packets " << s.packets << ", readings " << s.readings
      << ", min " << s.min << ", max " << s.max << ", sum " << s.sum << ", above_packet_mean "
      << s.above_packet_mean << "}";
  return out.str();
}

// Succeeds when the reports are equal; otherwise shows the first row that differs.
::testing::AssertionResult same_report(const std::vector<SensorStats>& expected,
                                       const std::vector<SensorStats>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t row = 0;
  while (row < expected.size() && row < actual.size() && expected[row] == actual[row]) ++row;
  const auto at = [row](const std::vector<SensorStats>& report) {
    return row < report.size() ? describe(report[row]) : std::string("(end of report)");
  };
  std::ostringstream message;
  message << "reports differ at row " << row << "\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  rows:     baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

::testing::AssertionResult matches_baseline(const PacketBatch& batch) {
  return same_report(baseline::summarise_batch(batch), solution::summarise_batch(batch));
}

TEST(BufferReuse, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 3u, 17u, 500u, 5000u, 40000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(matches_baseline(make_batch(size, seed)));
    }
  }
}

TEST(BufferReuse, EmptyBatchReportsNoSensor) {
  EXPECT_TRUE(matches_baseline(PacketBatch{}));
  EXPECT_TRUE(solution::summarise_batch(PacketBatch{}).empty());
}

TEST(BufferReuse, OnePacketOfOneReading) {
  PacketBatch batch;
  append_packet(batch, 7, {2153});
  EXPECT_TRUE(matches_baseline(batch));
  SensorStats expected;
  expected.sensor = 7;
  expected.packets = 1;
  expected.readings = 1;
  expected.min = expected.max = 2153;
  expected.sum = 2153;
  EXPECT_TRUE(same_report({expected}, solution::summarise_batch(batch)));
}

TEST(BufferReuse, HandComputedPackets) {
  // Sensor 3: {10, 20, 30} (mean 20: one above) then {5, 5} (none above);
  // sensor 0: {-1, 4, -7, 100} (mean 24: one above).
  PacketBatch batch;
  append_packet(batch, 3, {10, 20, 30});
  append_packet(batch, 0, {-1, 4, -7, 100});
  append_packet(batch, 3, {5, 5});
  const std::vector<SensorStats> expected = {{0, 1, 4, -7, 100, 96, 1}, {3, 2, 5, 5, 30, 70, 1}};
  EXPECT_TRUE(same_report(expected, baseline::summarise_batch(batch)));
  EXPECT_TRUE(same_report(expected, solution::summarise_batch(batch)));
}

TEST(BufferReuse, LongPacketAfterShortOnesAndShortAfterLong) {
  // A buffer sized for the first packets must grow, and a long packet's readings must not
  // leak into the short ones after it.
  PacketBatch batch;
  for (int i = 0; i < 50; ++i) append_packet(batch, 1, {i, i + 1, i + 2, i + 3});
  std::vector<std::int32_t> long_packet;
  for (int i = 0; i < 5000; ++i) long_packet.push_back((i * 7919) % 1000 - 500);
  append_packet(batch, 2, long_packet);
  for (int i = 0; i < 50; ++i) append_packet(batch, 1, {-i, 3 * i});
  append_packet(batch, 2, {1});
  EXPECT_TRUE(matches_baseline(batch));
}

TEST(BufferReuse, EqualReadingsAreNeverAboveTheMean) {
  PacketBatch batch;
  for (std::uint32_t sensor = 0; sensor < 20; ++sensor)
    append_packet(batch, sensor, std::vector<std::int32_t>(4 + sensor, -1500));
  EXPECT_TRUE(matches_baseline(batch));
  for (const SensorStats& stats : solution::summarise_batch(batch))
    EXPECT_EQ(stats.above_packet_mean, 0u) << describe(stats);
}

TEST(BufferReuse, ExtremeReadings) {
  // The contract only promises that readings and differences fit in an int32.
  PacketBatch batch;
  append_packet(batch, 0, {kMaxReading, kMaxReading, kMaxReading - 1});
  append_packet(batch, 0, {kMinReading, kMinReading + 1, kMinReading});
  append_packet(batch, kSensors - 1, {0, kMaxReading, kMaxReading, 0, -kMaxReading});
  append_packet(batch, kSensors - 1, {-1, kMinReading + 1, -1});
  EXPECT_TRUE(matches_baseline(batch));
}

TEST(BufferReuse, EverySensorOnceAndOneSensorOnly) {
  PacketBatch every;
  for (std::uint32_t sensor = 0; sensor < kSensors; ++sensor)
    append_packet(every, sensor, {static_cast<std::int32_t>(sensor), 1, 2, 3, 4});
  EXPECT_TRUE(matches_baseline(every));
  EXPECT_EQ(solution::summarise_batch(every).size(), kSensors);

  PacketBatch one = make_batch(3000, 42);
  for (std::size_t offset = 0, packet = 0; packet < one.packets; ++packet) {
    one.words[offset] = 511;
    offset += 2 + static_cast<std::size_t>(one.words[offset + 1]);
  }
  EXPECT_TRUE(matches_baseline(one));
  EXPECT_EQ(solution::summarise_batch(one).size(), 1u);
}

}  // namespace
}  // namespace kata::buffer_reuse
