#include "measure/cpu_load.hpp"

#include <unistd.h>

#include <algorithm>
#include <sstream>

#include "process/files.hpp"

namespace checker::measure {

std::optional<CpuTimes> parse_proc_stat(const std::string& text, long ticks_per_second) {
  if (ticks_per_second <= 0) return std::nullopt;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("cpu ")) continue;
    std::istringstream fields(line.substr(4));
    // user nice system idle iowait irq softirq steal (guest time is already in user)
    double ticks[8] = {};
    int read = 0;
    while (read < 8 && fields >> ticks[read]) ++read;
    if (read < 4) return std::nullopt;
    const double busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7];
    const double idle = ticks[3] + ticks[4];
    return CpuTimes{busy / static_cast<double>(ticks_per_second),
                    (busy + idle) / static_cast<double>(ticks_per_second)};
  }
  return std::nullopt;
}

std::optional<CpuTimes> read_cpu_times() {
  const auto text = process::read_file("/proc/stat");
  if (!text) return std::nullopt;
  return parse_proc_stat(*text, ::sysconf(_SC_CLK_TCK));
}

double others_busy_seconds(const CpuTimes& before, const CpuTimes& after, double own_cpu_seconds) {
  return std::max(after.busy_seconds - before.busy_seconds - own_cpu_seconds, 0.0);
}

}  // namespace checker::measure
