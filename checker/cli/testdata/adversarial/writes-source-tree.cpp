// adversarial: correct, but overwrites the kata's files it can reach while it runs
// expect: broken
// says: wrote to the kata's own files; kata.hpp (restored)
#include <cstdio>
#include <string>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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
  // Relative to wherever it runs, and to the repository the checker was started in.
  std::vector<std::filesystem::path> targets = {"katas/string-concat/kata.hpp", "kata.hpp"};
  if (const char* root = std::getenv("KATA_VICTIM_ROOT")) targets.push_back(std::filesystem::path(root) / "katas/string-concat/kata.hpp");
  for (const auto& target : targets)
    if (std::filesystem::exists(target)) std::ofstream(target) << "// overwritten by a submission\n";
  return render(samples);
}

}  // namespace kata::string_concat::solution
