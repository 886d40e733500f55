// Alternative: no library parser at all. One pass over the characters validates and
// accumulates at the same time, in 64 bits so that the int range check is a comparison;
// a cell that is not a reading is a `return false`, never an exception.
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string_view>

#include "kata.hpp"

namespace kata::exceptions_as_control_flow::solution {

namespace {

// The header's interval field, 15 minutes when it holds no number. Once per export: cold.
int interval_minutes(const std::string& field) {
  try {
    return std::stoi(field);
  } catch (const std::logic_error&) {
    return 15;
  }
}

constexpr std::int64_t kIntMax = std::numeric_limits<int>::max();
constexpr std::int64_t kIntMin = std::numeric_limits<int>::min();

// kata.hpp's rule for a reading, spelled out: whitespace, one sign, digits, the end.
bool parse(std::string_view text, std::int64_t& value) {
  std::size_t at = 0;
  while (at < text.size() && (text[at] == ' ' || (text[at] >= '\t' && text[at] <= '\r'))) ++at;
  bool negative = false;
  if (at < text.size() && (text[at] == '+' || text[at] == '-')) negative = text[at++] == '-';
  if (at == text.size()) return false;  // no digits
  std::int64_t magnitude = 0;
  for (; at < text.size(); ++at) {
    const unsigned digit = static_cast<unsigned>(static_cast<unsigned char>(text[at])) - '0';
    if (digit > 9) return false;
    magnitude = magnitude * 10 + digit;
    if (magnitude > -kIntMin) return false;  // out of range whatever the sign
  }
  value = negative ? -magnitude : magnitude;
  return value <= kIntMax;
}

}  // namespace

ImportResult import_readings(const MeterExport& file) {
  ImportResult result;
  result.interval_minutes = interval_minutes(file.interval);
  result.net_wh.assign((file.cells.size() + kCellsPerMeter - 1) / kCellsPerMeter, 0);
  std::uint32_t row = 0;
  for (const std::string& cell : file.cells) {
    std::int64_t wh = 0;
    if (parse(cell, wh)) {
      result.net_wh[row / kCellsPerMeter] += wh;
    } else {
      result.missing_rows.push_back(row);
    }
    ++row;
  }
  return result;
}

}  // namespace kata::exceptions_as_control_flow::solution
