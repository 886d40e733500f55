// adversarial: burns CPU in a static initialiser, before main() and before any clock starts
// expect: broken
// says: before main()
#include <cstdio>
#include <string>
#include <ctime>
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

namespace {
// Stands for a table "precomputed" at start-up: 1.5 s of CPU that no timed call pays for.
const long kWarmUp = [] {
  long spins = 0;
  const auto cpu_seconds = [] {
    timespec now{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
  };
  while (cpu_seconds() < 1.5) ++spins;
  return spins;
}();
}  // namespace

std::string render_report(const std::vector<Sample>& samples) { return kWarmUp > 0 ? render(samples) : std::string(); }

}  // namespace kata::string_concat::solution
