// adversarial: replaces malloc, so the allocation counter and the baseline are measured with it
// expect: broken
// says: malloc
#include <cstdio>
#include <string>
#include <cstdlib>
#include <dlfcn.h>
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

}  // namespace kata::string_concat::solution

extern "C" void* malloc(std::size_t size) {
  static auto* real = reinterpret_cast<void* (*)(std::size_t)>(::dlsym(RTLD_NEXT, "malloc"));
  return real(size);
}

namespace kata::string_concat::solution {

std::string render_report(const std::vector<Sample>& samples) { return render(samples); }

}  // namespace kata::string_concat::solution
