// Correctness: the solution must return exactly the baseline's summary: the same count and
// bit-for-bit the same mean, minimum and maximum.
#include <gtest/gtest.h>

#include <cstdio>
#include <ostream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::multi_pass {

// How GoogleTest prints a Summary when two differ: every digit of the doubles.
void PrintTo(const Summary& summary, std::ostream* out) {
  char text[160];
  std::snprintf(text, sizeof text, "{count %zu, mean %.17g, min %.17g, max %.17g}", summary.count,
                summary.mean_c, summary.min_c, summary.max_c);
  *out << text;
}

namespace {

Batch probes_only(std::size_t probes) {
  Batch batch = make_batch(0, 7);
  batch.calibrations.resize(probes, Calibration{900, 3200});
  return batch;
}

Reading reading(std::uint32_t probe, std::uint16_t raw, std::uint16_t status = kStatusOk) {
  static std::int64_t time_ms = 1'700'000'000'000;
  return Reading{++time_ms, probe, raw, status};
}

void expect_same(const Batch& batch) {
  EXPECT_EQ(baseline::summarise(batch), solution::summarise(batch))
      << "(first: the baseline's summary; second: the solution's)";
}

TEST(MultiPass, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 3u, 17u, 1000u, 65'536u, 300'000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same(make_batch(size, seed));
    }
  }
}

TEST(MultiPass, EmptyBatch) {
  const Batch batch = probes_only(4);
  expect_same(batch);
  EXPECT_EQ(solution::summarise(batch), Summary{});
  EXPECT_EQ(solution::summarise(Batch{}), Summary{});
}

TEST(MultiPass, OneValidReading) {
  Batch batch = probes_only(4);
  batch.readings = {reading(2, 900 + 23)};  // exactly 1 °C on a 900..3200 probe
  expect_same(batch);
  const Summary summary = solution::summarise(batch);
  EXPECT_EQ(summary.count, 1u);
  EXPECT_EQ(summary.min_c, summary.max_c);
  EXPECT_EQ(summary.mean_c, summary.min_c);
}

TEST(MultiPass, NoValidReadingGivesZeros) {
  Batch batch = probes_only(4);
  batch.readings = {reading(0, 0), reading(1, kAdcMax), reading(2, 1500, 3), reading(3, 1500, 1),
                    reading(0, 0, 2)};
  expect_same(batch);
  EXPECT_EQ(solution::summarise(batch), Summary{});
}

TEST(MultiPass, ValidityEdges) {
  // 1 and 4094 count, 0 and 4095 are clipped; any non-zero status drops the reading.
  Batch batch = probes_only(3);
  batch.readings = {reading(0, 1),          reading(1, 4094),   reading(2, 0),
                    reading(0, kAdcMax),    reading(1, 2000, 1), reading(2, 2000, 0xffff),
                    reading(0, 2000)};
  expect_same(batch);
  EXPECT_EQ(solution::summarise(batch).count, 3u);
}

TEST(MultiPass, RepeatedExtremesAndIdenticalReadings) {
  Batch batch = probes_only(2);
  for (int i = 0; i < 5000; ++i) batch.readings.push_back(reading(1, 1234));
  batch.readings.push_back(reading(0, 1));
  batch.readings.push_back(reading(0, 1));
  batch.readings.push_back(reading(1, 4094));
  batch.readings.push_back(reading(0, 4094));
  expect_same(batch);
}

TEST(MultiPass, EveryProbeAndFaultsEverywhere) {
  Batch batch = make_batch(20'000, 99);
  for (std::size_t i = 0; i < batch.readings.size(); i += 3) batch.readings[i].status = 4;
  expect_same(batch);
  for (Reading& r : batch.readings) r.status = kStatusOk;  // every fault cleared
  expect_same(batch);
}

TEST(MultiPass, SummationOrderIsReadingOrder) {
  // One huge value first, then many small ones: adding them in another order changes the
  // rounding, and so the mean's last bits.
  Batch batch;
  batch.calibrations = {{1, 2}, {2000, 4094}};  // probe 0: 100 °C per count
  batch.readings.push_back(reading(0, 4094));   // 409,300 °C
  for (int i = 0; i < 3000; ++i)
    batch.readings.push_back(reading(1, static_cast<std::uint16_t>(2001 + i % 7)));
  expect_same(batch);
}

}  // namespace
}  // namespace kata::multi_pass
