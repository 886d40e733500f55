// The readings import as first written: std::stoi reads every cell, and a cell without a
// number is caught as an exception. Never edited: the checker measures your solution against it.
#include <stdexcept>

#include "kata.hpp"

namespace kata::exceptions_as_control_flow::baseline {

namespace {

// The header's interval field, 15 minutes when it holds no number. Runs once per export:
// not worth touching.
int interval_minutes(const std::string& field) {
  try {
    return std::stoi(field);
  } catch (const std::logic_error&) {
    return 15;
  }
}

}  // namespace

ImportResult import_readings(const MeterExport& file) {
  ImportResult result;
  result.interval_minutes = interval_minutes(file.interval);
  result.net_wh.assign((file.cells.size() + kCellsPerMeter - 1) / kCellsPerMeter, 0);
  for (std::size_t row = 0; row < file.cells.size(); ++row) {
    const std::string& cell = file.cells[row];
    std::size_t used = 0;
    int wh = 0;
    try {
      wh = std::stoi(cell, &used);
    } catch (const std::logic_error&) {  // std::invalid_argument ("N/A", "") or std::out_of_range
      result.missing_rows.push_back(static_cast<std::uint32_t>(row));
      continue;
    }
    if (used != cell.size()) {  // "12.5", "42 ": a number with something after it
      result.missing_rows.push_back(static_cast<std::uint32_t>(row));
      continue;
    }
    result.net_wh[row / kCellsPerMeter] += wh;
  }
  return result;
}

}  // namespace kata::exceptions_as_control_flow::baseline
