// A step that looks right but is not enough: both temporaries are reserved, so they no
// longer regrow and copy themselves while they fill. But the valid readings and their
// temperatures are still written to ~11 MB of fresh memory and read back by two more
// passes: the data still goes through memory four times instead of once.
#include <algorithm>
#include <iterator>
#include <numeric>

#include "kata.hpp"

namespace kata::multi_pass::solution {

namespace {

// A probe's calibration as a line: degrees Celsius = raw * gain + offset.
struct Line {
  double gain = 0;
  double offset = 0;
};

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

  std::vector<Reading> valid;
  valid.reserve(batch.readings.size());
  std::copy_if(batch.readings.begin(), batch.readings.end(), std::back_inserter(valid), is_valid);

  std::vector<double> celsius;
  celsius.reserve(valid.size());
  std::transform(valid.begin(), valid.end(), std::back_inserter(celsius),
                 [&lines](const Reading& reading) {
                   const Line& line = lines[reading.probe];
                   return reading.raw * line.gain + line.offset;
                 });

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

}  // namespace kata::multi_pass::solution
