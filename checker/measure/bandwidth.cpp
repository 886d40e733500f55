#include "measure/bandwidth.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <numeric>

#include "measure/machine.hpp"
#include "process/files.hpp"

namespace checker::measure {

double probe_read_bandwidth() {
  constexpr std::size_t kBytes = std::size_t{256} << 20;
  constexpr std::size_t kWords = kBytes / sizeof(std::uint64_t);
  const auto buffer = std::make_unique<std::uint64_t[]>(kWords);
  std::iota(buffer.get(), buffer.get() + kWords, std::uint64_t{1});  // touch every page first
  double best = 0;
  volatile std::uint64_t sink = 0;
  for (int pass = 0; pass < 3; ++pass) {
    const auto started = std::chrono::steady_clock::now();
    // Four independent sums: the loop is limited by memory, not by one addition chain.
    std::uint64_t a = 0, b = 0, c = 0, d = 0;
    for (std::size_t i = 0; i < kWords; i += 4) {
      a += buffer[i];
      b += buffer[i + 1];
      c += buffer[i + 2];
      d += buffer[i + 3];
    }
    sink = sink + a + b + c + d;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (seconds > 0) best = std::max(best, static_cast<double>(kBytes) / seconds);
  }
  return best;
}

double read_bandwidth(const std::filesystem::path& cache_file) {
  const auto machine = describe_machine();
  const std::string key = machine.cpu + " | " + machine.kernel;
  try {
    std::ifstream in(cache_file);
    if (in) {
      const auto cached = nlohmann::json::parse(in);
      if (cached.value("machine", "") == key && cached.value("read_bytes_per_second", 0.0) > 0)
        return cached.at("read_bytes_per_second").get<double>();
    }
  } catch (const std::exception&) {
    // A damaged cache is measured again.
  }
  const double bandwidth = probe_read_bandwidth();
  try {
    process::write_file_atomically(cache_file,
                                   nlohmann::json{{"machine", key}, {"read_bytes_per_second", bandwidth}}.dump(2) + "\n");
  } catch (const std::exception&) {
    // An unwritable cache only costs measuring again next time.
  }
  return bandwidth;
}

}  // namespace checker::measure
