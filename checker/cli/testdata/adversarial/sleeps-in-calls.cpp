// adversarial: sleeps in every call, hoping to disturb the measurement (the kata judges CPU
// time, which sleeping does not change; the interleaved measurement still ends within its cap)
// expect: measured
// says: speedup
#include <cstdio>
#include <string>
#include <chrono>
#include <thread>
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
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
  return render(samples);
}

}  // namespace kata::string_concat::solution
