// adversarial: remembers the last report by input size (only right while inputs repeat)
// expect: broken
// says: differ
#include <cstdio>
#include <string>
#include <map>
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
  static std::map<std::size_t, std::string> by_size;
  auto [it, inserted] = by_size.try_emplace(samples.size());
  if (inserted) it->second = render(samples);
  return it->second;
}

}  // namespace kata::string_concat::solution
