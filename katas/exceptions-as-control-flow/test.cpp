// Correctness: the solution must import exactly what the baseline imports: the same missing
// rows, the same net energy per meter, the same interval. What a reading is: see kata.hpp.
#include <gtest/gtest.h>

#include <climits>
#include <optional>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::exceptions_as_control_flow {
namespace {

// Which rows an import calls missing; empty when the list is not in increasing order or
// names a row outside the export.
std::optional<std::vector<bool>> missing_flags(const ImportResult& result, std::size_t rows) {
  std::vector<bool> missing(rows, false);
  for (std::size_t i = 0; i < result.missing_rows.size(); ++i) {
    const std::uint32_t row = result.missing_rows[i];
    if (row >= rows || (i > 0 && row <= result.missing_rows[i - 1])) return std::nullopt;
    missing[row] = true;
  }
  return missing;
}

std::string show_cell(const std::string& cell) {
  std::ostringstream out;
  out << '"';
  for (const char c : cell) {
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      out << c;
    } else {
      out << "\\x" << std::hex << (static_cast<unsigned>(c) & 0xffu) << std::dec;
    }
  }
  out << '"';
  return out.str();
}

// Succeeds when the imports are equal; otherwise names the first row they disagree on.
::testing::AssertionResult same_import(const MeterExport& file, const ImportResult& expected,
                                       const ImportResult& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  auto failure = ::testing::AssertionFailure();
  if (expected.interval_minutes != actual.interval_minutes)
    failure << "interval_minutes: baseline " << expected.interval_minutes << ", solution "
            << actual.interval_minutes << " (field " << show_cell(file.interval) << ")\n";
  const auto want = missing_flags(expected, file.cells.size());
  const auto got = missing_flags(actual, file.cells.size());
  if (!got) {
    failure << "the solution's missing_rows are not increasing positions of the export's "
            << file.cells.size() << " cells\n";
  } else if (want && *want != *got) {
    for (std::size_t row = 0; row < file.cells.size(); ++row) {
      if ((*want)[row] != (*got)[row]) {
        const auto says = [](bool missing) { return missing ? "missing" : "a reading"; };
        failure << "row " << row << ", cell " << show_cell(file.cells[row]) << ": baseline says "
                << says((*want)[row]) << ", solution says " << says((*got)[row]) << "\n";
        break;
      }
    }
  }
  if (expected.net_wh.size() != actual.net_wh.size()) {
    failure << "net_wh: baseline has " << expected.net_wh.size() << " meters, solution "
            << actual.net_wh.size() << "\n";
  } else {
    for (std::size_t meter = 0; meter < expected.net_wh.size(); ++meter) {
      if (expected.net_wh[meter] != actual.net_wh[meter]) {
        failure << "net_wh of meter " << meter << " (cells " << meter * kCellsPerMeter << " to "
                << std::min(file.cells.size(), (meter + 1) * kCellsPerMeter) - 1 << "): baseline "
                << expected.net_wh[meter] << ", solution " << actual.net_wh[meter] << "\n";
        break;
      }
    }
  }
  return failure;
}

void expect_same(const MeterExport& file) {
  EXPECT_TRUE(same_import(file, baseline::import_readings(file), solution::import_readings(file)));
}

MeterExport export_of(std::vector<std::string> cells, std::string interval = "15") {
  return MeterExport{std::move(interval), std::move(cells)};
}

// The solution's reading for a one-cell export, or nothing when it calls the row missing.
std::optional<std::int32_t> solution_reading(const std::string& cell) {
  const ImportResult result = solution::import_readings(export_of({cell}));
  if (result.missing_rows.empty() && result.net_wh.size() == 1)
    return static_cast<std::int32_t>(result.net_wh[0]);
  return std::nullopt;
}

TEST(ExceptionsAsControlFlow, MatchesBaselineOnGeneratedExports) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 17u, 500u, 20000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same(make_export(size, seed));
    }
  }
}

TEST(ExceptionsAsControlFlow, EmptyExport) {
  const MeterExport file = export_of({});
  expect_same(file);
  const ImportResult result = solution::import_readings(file);
  EXPECT_TRUE(result.net_wh.empty());
  EXPECT_TRUE(result.missing_rows.empty());
}

TEST(ExceptionsAsControlFlow, OneCell) {
  for (const std::string& cell : std::vector<std::string>{"523", "N/A", ""}) {
    SCOPED_TRACE("cell " + show_cell(cell));
    expect_same(export_of({cell}));
  }
}

TEST(ExceptionsAsControlFlow, WhitespaceAndSignsAsStoiReadsThem) {
  // Leading whitespace and one sign are part of a reading; anything after the digits is not.
  const std::vector<std::string> cells = {
      " 42", "     7", "\t-17", "\n\v\f\r 8", "+5", " +5", "-5", "-0", "+0", "0",
      "+-5", "-+5", "++5", "--5", "+ 5", "- 5", "+", "-", " ", " \t ", "5 ", "5\t", " 5 ", "5\n"};
  expect_same(export_of(cells));
  EXPECT_EQ(solution_reading(" 42"), 42);
  EXPECT_EQ(solution_reading("\t-17"), -17);
  EXPECT_EQ(solution_reading("+5"), 5);
  EXPECT_EQ(solution_reading(" +5"), 5);
  EXPECT_EQ(solution_reading("+-5"), std::nullopt);
  EXPECT_EQ(solution_reading("+ 5"), std::nullopt);
  EXPECT_EQ(solution_reading("5 "), std::nullopt);
}

TEST(ExceptionsAsControlFlow, RangeOfAnInt) {
  const std::vector<std::string> cells = {
      std::to_string(INT_MAX), std::to_string(INT_MIN), "2147483648", "-2147483649", "+2147483647",
      "4294967295", "99999999999999999999", "-99999999999999999999", "0000000000000000000000042",
      std::string(400, '0'), "-" + std::string(30, '0') + "1"};
  expect_same(export_of(cells));
  EXPECT_EQ(solution_reading(std::to_string(INT_MIN)), INT_MIN);
  EXPECT_EQ(solution_reading("2147483648"), std::nullopt);
  EXPECT_EQ(solution_reading("0000000000000000000000042"), 42);
}

TEST(ExceptionsAsControlFlow, CellsThatAreNotNumbers) {
  const std::vector<std::string> cells = {
      "N/A", "", "-", "ERR", "#N/A", "NULL", "COMM_FAIL", "n/a", "NaN", "inf", "12.5", ".5", "1e3",
      "0x1F", "12kWh", "1,234", "\xd9\xa1\xd9\xa2", "\xef\xbc\x91\xef\xbc\x92", std::string("12\0", 3),
      std::string("\0" "12", 3), "12\x7f", "\xa0" "12"};
  expect_same(export_of(cells));
  EXPECT_EQ(solution_reading("12.5"), std::nullopt);
  EXPECT_EQ(solution_reading(std::string("12\0", 3)), std::nullopt);
}

TEST(ExceptionsAsControlFlow, AllMissingAndNoneMissing) {
  expect_same(export_of(std::vector<std::string>(1000, "N/A")));
  expect_same(export_of(std::vector<std::string>(1000, "")));
  std::vector<std::string> readings;
  for (int i = -500; i < 500; ++i) readings.push_back(std::to_string(i * 7));
  expect_same(export_of(readings));
  // Gaps at a meter's first and last interval and a meter with nothing but gaps.
  std::vector<std::string> cells(3 * kCellsPerMeter + 5, "100");
  cells[0] = cells[kCellsPerMeter - 1] = cells[kCellsPerMeter] = "N/A";
  for (std::size_t i = 2 * kCellsPerMeter; i < 3 * kCellsPerMeter; ++i) cells[i] = "";
  cells.back() = "ERR";
  const MeterExport file = export_of(cells);
  expect_same(file);
  const std::vector<std::int64_t> expected = {9'400, 9'500, 0, 400};
  EXPECT_EQ(solution::import_readings(file).net_wh, expected);
}

TEST(ExceptionsAsControlFlow, NetEnergyNeedsSixtyFourBits) {
  // A meter's 96 readings of INT_MAX: the sum overflows 32 bits.
  expect_same(export_of(std::vector<std::string>(3000, std::to_string(INT_MAX))));
  expect_same(export_of(std::vector<std::string>(3000, std::to_string(INT_MIN))));
}

TEST(ExceptionsAsControlFlow, IntervalField) {
  for (const std::string& interval : std::vector<std::string>{"15", "30", "60", "5", "", "N/A"}) {
    SCOPED_TRACE("interval field " + show_cell(interval));
    expect_same(export_of({"100", "N/A", "200"}, interval));
  }
  EXPECT_EQ(solution::import_readings(export_of({}, "N/A")).interval_minutes, 15);
}

}  // namespace
}  // namespace kata::exceptions_as_control_flow
