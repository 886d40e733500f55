// Alternative: keep the algorithm style, but fold instead of collect. std::accumulate walks
// the readings once with a small running state (count, sum, coldest, warmest) as its
// accumulator; a reading that fails the checks leaves the state as it was. One pass, no
// temporary vector, and the sum still adds the temperatures in reading order.
#include <algorithm>
#include <limits>
#include <numeric>

#include "kata.hpp"

namespace kata::multi_pass::solution {

namespace {

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

struct Totals {
  std::size_t count = 0;
  double sum = 0.0;
  double coldest = std::numeric_limits<double>::infinity();
  double warmest = -std::numeric_limits<double>::infinity();
};

}  // namespace

Summary summarise(const Batch& batch) {
  const std::vector<Line> lines = calibration_lines(batch.calibrations);
  const Totals totals = std::accumulate(
      batch.readings.begin(), batch.readings.end(), Totals{},
      [&lines](Totals running, const Reading& reading) {
        if (!is_valid(reading)) return running;
        const Line& line = lines[reading.probe];
        const double celsius = reading.raw * line.gain + line.offset;
        return Totals{running.count + 1, running.sum + celsius, std::min(running.coldest, celsius),
                      std::max(running.warmest, celsius)};
      });
  if (totals.count == 0) return Summary{};
  return Summary{totals.count, totals.sum / static_cast<double>(totals.count), totals.coldest,
                 totals.warmest};
}

}  // namespace kata::multi_pass::solution
