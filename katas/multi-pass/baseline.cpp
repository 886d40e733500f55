// The minute summary as first written: keep the valid readings, convert them to degrees,
// then reduce them, one step at a time. Never edited: the checker measures against it.
#include <algorithm>
#include <iterator>
#include <numeric>

#include "kata.hpp"

namespace kata::multi_pass::baseline {

namespace {

// A probe's calibration as a line: degrees Celsius = raw * gain + offset.
struct Line {
  double gain = 0;
  double offset = 0;
};

// Once per batch, over the 1,024 probes, not over the readings: not worth touching.
std::vector<Line> calibration_lines(const std::vector<Calibration>& calibrations) {
  std::vector<Line> lines;
  lines.reserve(calibrations.size());
  for (const Calibration& calibration : calibrations) {
    const double gain = 100.0 / (calibration.raw_at_100c - calibration.raw_at_0c);
    lines.push_back({gain, -calibration.raw_at_0c * gain});
  }
  return lines;
}

bool is_valid(const Reading& reading) {
  return reading.status == kStatusOk && reading.raw > 0 && reading.raw < kAdcMax;
}

}  // namespace

Summary summarise(const Batch& batch) {
  const std::vector<Line> lines = calibration_lines(batch.calibrations);

  // 1. Keep the readings the gateway vouches for.
  std::vector<Reading> valid;
  std::copy_if(batch.readings.begin(), batch.readings.end(), std::back_inserter(valid), is_valid);

  // 2. Convert them to degrees.
  std::vector<double> celsius;
  std::transform(valid.begin(), valid.end(), std::back_inserter(celsius),
                 [&lines](const Reading& reading) {
                   const Line& line = lines[reading.probe];
                   return reading.raw * line.gain + line.offset;
                 });

  // 3. Reduce.
  Summary summary;
  if (celsius.empty()) return summary;
  summary.count = celsius.size();
  summary.mean_c = std::accumulate(celsius.begin(), celsius.end(), 0.0) /
                   static_cast<double>(celsius.size());
  const auto [coldest, warmest] = std::minmax_element(celsius.begin(), celsius.end());
  summary.min_c = *coldest;
  summary.max_c = *warmest;
  return summary;
}

}  // namespace kata::multi_pass::baseline
