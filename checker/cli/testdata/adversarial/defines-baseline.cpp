// adversarial: defines the baseline's entry function too (a slower "baseline" would flatter it)
// expect: broken
// says: baseline
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

std::string render_report(const std::vector<Sample>& samples) { return render(samples); }

}  // namespace kata::string_concat::solution

namespace kata::string_concat::baseline {

std::string render_report(const std::vector<Sample>& samples) {
  std::string slow;
  for (int i = 0; i < 50; ++i) slow = render(samples);
  return slow;
}

}  // namespace kata::string_concat::solution
