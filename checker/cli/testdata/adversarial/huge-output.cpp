// adversarial: correct, but writes about a gigabyte to standard output on every call
// expect: measured
// says: speedup
#include <cstdio>
#include <string>

#include "kata.hpp"

namespace kata::string_concat::solution {

std::string render_report(const std::vector<Sample>& samples) {
  const std::string line(1 << 20, 'x');
  for (int i = 0; i < 1024; ++i) std::fwrite(line.data(), 1, line.size(), stdout);
  std::string report = "host,metric,value,timestamp\n";
  char value[32];
  for (const Sample& sample : samples) {
    std::snprintf(value, sizeof value, "%.3f", sample.value);
    report += sample.host + "," + sample.metric + "," + value + "," + std::to_string(sample.timestamp) + "\n";
  }
  return report;
}

}  // namespace kata::string_concat::solution
