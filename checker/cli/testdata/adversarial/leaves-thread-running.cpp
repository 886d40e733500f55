// adversarial: returns at once and leaves a detached thread working (its CPU time lands on
// whatever is measured next, the baseline included)
// expect: broken
// says: still running after the calls returned
#include <cstdio>
#include <string>
#include <atomic>
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
  std::thread([] {
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(200);
    std::atomic<long> spins{0};
    while (std::chrono::steady_clock::now() < until) spins.fetch_add(1, std::memory_order_relaxed);
  }).detach();
  return render(samples);
}

}  // namespace kata::string_concat::solution
