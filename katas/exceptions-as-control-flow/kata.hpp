#pragma once
// exceptions-as-control-flow: the interface the baseline and your solution share. Do not
// edit: the checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kata/random.hpp"

namespace kata::exceptions_as_control_flow {

// A day of quarter hours: an export holds this many cells per meter, meter after meter
// (the last meter's day may be cut short).
inline constexpr std::size_t kCellsPerMeter = 96;

// One nightly export of a head-end system, as the CSV reader hands it over: the header's
// interval field and the readings column, in file order: cells[m * kCellsPerMeter + i] is
// meter m's reading for interval i.
struct MeterExport {
  std::string interval;            // minutes per interval, e.g. "15"
  std::vector<std::string> cells;  // net energy in Wh, as text: "523", "-1204", "N/A", ""
};

// What the import keeps of an export: what billing needs, and where the gaps are.
struct ImportResult {
  int interval_minutes = 15;
  // Per meter (ceil(cells / kCellsPerMeter) entries): the sum of its cells' readings, 0
  // when none of its cells holds one.
  std::vector<std::int64_t> net_wh;
  // The position of every cell that holds no reading, in increasing order.
  std::vector<std::uint32_t> missing_rows;
  bool operator==(const ImportResult&) const = default;
};

// A cell holds a reading when std::stoi reads all of it, exactly as it does:
//   - optional leading whitespace (' ', '\t', '\n', '\v', '\f', '\r'),
//   - then an optional '+' or '-',
//   - then one or more decimal digits (leading zeros allowed),
//   - then nothing: no trailing space, no unit, no decimal point,
//   - and the value fits in an int (32 bits here).
// So " 42", "+42", "\t-17" and "007" hold readings; "N/A", "", "-", "+-5", "+ 5", "42 ",
// "12.5", "12kWh", "0x1F" and "4294967295" do not: those rows go to `missing_rows`, where
// the gap-filling job estimates them.
// The interval field is read as std::stoi reads it; 15 when it holds no number.
namespace baseline {
ImportResult import_readings(const MeterExport& file);
}
namespace solution {
ImportResult import_readings(const MeterExport& file);
}

// The inputs the tests and the benchmark use: an export of `cells` cells drawn from `seed`.
// Net energy per 15 minutes: mostly consumption (0 to 2,500 Wh), negative for homes whose
// solar panels export. About 5% of the cells hold no reading: meters that missed an
// interval (communication failure, outage) are written as "N/A" or left empty by most
// head-ends, and as "-", "ERR", "#N/A", "NULL" or "COMM_FAIL" by some; a few hold a
// register fault ("4294967295") or a stray decimal reading ("12.5"). One firmware writes an
// explicit '+', another pads its numbers to a fixed width with leading spaces.
inline MeterExport make_export(std::size_t cells, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  static const std::vector<std::string> other_gaps = {"-", "ERR", "#N/A", "NULL", "COMM_FAIL"};
  MeterExport file;
  file.interval = "15";
  file.cells.reserve(cells);
  for (std::size_t i = 0; i < cells; ++i) {
    const double draw = rng.unit();
    std::string cell;
    if (draw < 0.0175) {
      cell = "N/A";
    } else if (draw < 0.030) {
      // an empty cell
    } else if (draw < 0.0485) {
      cell = rng.pick(other_gaps);
    } else if (draw < 0.0495) {
      cell = "4294967295";
    } else if (draw < 0.0505) {
      cell = std::to_string(rng.between(0, 99)) + "." + std::to_string(rng.between(0, 9));
    } else {
      const std::int64_t wh = rng.chance(0.12) ? -rng.between(1, 3'000) : rng.between(0, 2'500);
      cell = std::to_string(wh);
      if (wh >= 0 && rng.chance(0.01)) cell = "+" + cell;
      if (rng.chance(0.01)) cell.insert(0, 6 - std::min<std::size_t>(cell.size(), 5), ' ');
    }
    file.cells.push_back(std::move(cell));
  }
  return file;
}

}  // namespace kata::exceptions_as_control_flow
