#pragma once
// multi-pass: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::multi_pass {

// A probe's two-point calibration from its commissioning sheet: the ADC counts it read in
// an ice bath (0 °C) and in boiling water (100 °C). Between the two, counts are linear in
// temperature.
struct Calibration {
  std::uint16_t raw_at_0c = 0;
  std::uint16_t raw_at_100c = 0;
};

inline constexpr std::uint16_t kStatusOk = 0;  // any other status is a gateway fault code
inline constexpr std::uint16_t kAdcMax = 4095;  // 12-bit ADC: 0 and 4095 mean "clipped"

// One temperature reading as the gateways pack them: 16 bytes.
struct Reading {
  std::int64_t time_ms = 0;   // when it was taken (Unix milliseconds)
  std::uint32_t probe = 0;    // index into Batch::calibrations
  std::uint16_t raw = 0;      // ADC count, 0..4095
  std::uint16_t status = 0;   // kStatusOk, or the gateway's fault code
};

// One minute of readings from every probe of a cold store, and the probes' calibrations.
struct Batch {
  std::vector<Calibration> calibrations;  // one per probe
  std::vector<Reading> readings;          // in arrival order
};

// What the dashboard and the alerting rules get for the minute. A reading counts when its
// status is kStatusOk and its count is not clipped (0 < raw < kAdcMax); its temperature is
// the probe's calibration line evaluated at `raw`. mean_c is the sum of the temperatures
// (added in reading order) divided by count. With no valid reading, everything is 0.
struct Summary {
  std::size_t count = 0;
  double mean_c = 0;
  double min_c = 0;
  double max_c = 0;
  bool operator==(const Summary&) const = default;
};

namespace baseline {
Summary summarise(const Batch& batch);
}
namespace solution {
Summary summarise(const Batch& batch);
}

// The inputs the tests and the benchmark use: `count` readings from 1,024 probes, drawn
// from `seed`. About 95% of the readings are valid; the others carry a fault status or a
// clipped count.
inline Batch make_batch(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  constexpr std::size_t kProbes = 1024;
  Batch batch;
  batch.calibrations.reserve(kProbes);
  std::vector<double> setpoint_c(kProbes);
  for (std::size_t p = 0; p < kProbes; ++p) {
    const auto at_0c = static_cast<std::uint16_t>(rng.between(780, 1020));
    const auto at_100c = static_cast<std::uint16_t>(rng.between(3050, 3350));
    batch.calibrations.push_back({at_0c, at_100c});
    setpoint_c[p] = rng.chance(0.6) ? -22.0 : 3.0;  // freezer rooms and chilled rooms
  }
  batch.readings.reserve(count);
  std::int64_t time_ms = 1'700'000'000'000;
  for (std::size_t i = 0; i < count; ++i) {
    Reading reading;
    time_ms += rng.between(0, 1);
    reading.time_ms = time_ms;
    reading.probe = static_cast<std::uint32_t>(rng.next() % kProbes);
    const Calibration& calibration = batch.calibrations[reading.probe];
    const double celsius = setpoint_c[reading.probe] + static_cast<double>(rng.between(-400, 400)) / 100.0;
    const double span = calibration.raw_at_100c - calibration.raw_at_0c;
    reading.raw = static_cast<std::uint16_t>(calibration.raw_at_0c + celsius / 100.0 * span);
    const double roll = rng.unit();
    if (roll < 0.03) {
      reading.status = static_cast<std::uint16_t>(rng.between(1, 6));  // sensor open, CRC, ...
    } else if (roll < 0.04) {
      reading.raw = 0;  // clipped low: a shorted probe
    } else if (roll < 0.05) {
      reading.raw = kAdcMax;  // clipped high: a disconnected probe
    }
    batch.readings.push_back(reading);
  }
  return batch;
}

}  // namespace kata::multi_pass
