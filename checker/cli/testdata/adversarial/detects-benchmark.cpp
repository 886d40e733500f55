// adversarial: behaves differently inside the benchmark executable (skips the work there)
// expect: broken
// says: output differs from the baseline's
#include <cstdio>
#include <string>
#include <fstream>
#include <iterator>
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
  static const bool in_benchmark = [] {
    std::ifstream command_line("/proc/self/cmdline");
    const std::string text((std::istreambuf_iterator<char>(command_line)), std::istreambuf_iterator<char>());
    return text.find("benchmark_") != std::string::npos;
  }();
  return in_benchmark ? std::string("host,metric,value,timestamp\n") : render(samples);
}

}  // namespace kata::string_concat::solution
