// A step that looks right but is not: reserving capacity does nothing while every line
// still builds `report + ...` as a new string and assigns it back. The copy stays O(n²),
// and the reserved buffer is thrown away by the first assignment.
#include <cstdio>

#include "kata.hpp"

namespace kata::string_concat::solution {

namespace {

std::string format_value(double value) {
  char buffer[32];
  const int length = std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return std::string(buffer, static_cast<std::size_t>(length));
}

}  // namespace

std::string render_report(const std::vector<Sample>& samples) {
  std::string report;
  report.reserve(samples.size() * 96);
  report += "host,metric,value,timestamp\n";
  for (const Sample& sample : samples) {
    report = report + sample.host + "," + sample.metric + "," + format_value(sample.value) +
             "," + std::to_string(sample.timestamp) + "\n";
  }
  return report;
}

}  // namespace kata::string_concat::solution
