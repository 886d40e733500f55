// Detector fixture: the baseline's anti-pattern with other names: std::stol in a helper
// that catches everything, called from a while loop. Both the exception detector and the
// per-cell parser detector must still fire.
#include <climits>

#include "kata.hpp"

namespace kata::exceptions_as_control_flow::solution {

namespace {

bool try_parse(const std::string& s, long& out) {
  try {
    std::size_t n = 0;
    out = std::stol(s, &n);
    return n == s.size() && out >= INT_MIN && out <= INT_MAX;
  } catch (...) {
    return false;
  }
}

}  // namespace

ImportResult import_readings(const MeterExport& in) {
  ImportResult r;
  long minutes = 0;
  r.interval_minutes = try_parse(in.interval, minutes) ? static_cast<int>(minutes) : 15;
  r.net_wh.resize(in.cells.size() / kCellsPerMeter + 1);
  std::size_t i = 0;
  while (i < in.cells.size()) {
    long v = 0;
    if (try_parse(in.cells[i], v)) {
      r.net_wh[i / kCellsPerMeter] += v;
    } else {
      r.missing_rows.push_back(static_cast<std::uint32_t>(i));
    }
    ++i;
  }
  return r;
}

}  // namespace kata::exceptions_as_control_flow::solution
