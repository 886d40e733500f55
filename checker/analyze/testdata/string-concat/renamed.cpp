// Detector fixture: the baseline's anti-pattern with every local name changed and the
// loop rewritten as an index loop. The quadratic-concatenation detector must still fire.
#include <cstdio>

#include "kata.hpp"

namespace kata::string_concat::solution {

static std::string fmt3(double v) {
  char b[32];
  const int n = std::snprintf(b, sizeof b, "%.3f", v);
  return std::string(b, static_cast<std::size_t>(n));
}

std::string render_report(const std::vector<Sample>& rows) {
  std::string out = "host,metric,value,timestamp\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Sample& r = rows[i];
    out = out + r.host + "," + r.metric + "," + fmt3(r.value) + "," + std::to_string(r.timestamp) + "\n";
  }
  return out;
}

}  // namespace kata::string_concat::solution
