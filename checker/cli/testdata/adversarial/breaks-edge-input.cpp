// adversarial: fast because it drops samples with an empty host (an input the tests name)
// expect: broken
// says: EdgeValuesAndEmptyFields
#include <cstdio>
#include <string>

#include "kata.hpp"

namespace kata::string_concat::solution {
namespace {

std::string render(const std::vector<Sample>& samples) {
  std::string report = "host,metric,value,timestamp\n";
  char value[64];
  for (const Sample& sample : samples) {
    const int length = std::snprintf(value, sizeof value, "%.3f", sample.value);
    report.append(sample.host).append(",").append(sample.metric).append(",");
    report.append(value, static_cast<std::size_t>(length)).append(",").append(std::to_string(sample.timestamp)).append("\n");
  }
  return report;
}

}  // namespace

std::string render_report(const std::vector<Sample>& samples) {
  std::vector<Sample> kept;
  for (const Sample& sample : samples)
    if (!sample.host.empty()) kept.push_back(sample);
  return render(kept);
}

}  // namespace kata::string_concat::solution
