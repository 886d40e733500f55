// Correctness: the solution must summarise every file exactly as the baseline does.
#include <gtest/gtest.h>

#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::csv_split {
namespace {

std::string describe(const CurrencyTotals& totals) {
  std::ostringstream text;
  text << totals.currency << ": " << totals.approved << " approved (" << totals.approved_cents
       << " cents), " << totals.declined << " declined";
  return text.str();
}

// Succeeds when the summaries are equal; otherwise names the first difference.
::testing::AssertionResult same_summary(const SettlementSummary& expected,
                                        const SettlementSummary& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::ostringstream message;
  if (expected.malformed_lines != actual.malformed_lines) {
    message << "malformed lines differ: baseline " << expected.malformed_lines << ", solution "
            << actual.malformed_lines;
  } else {
    std::size_t i = 0;
    while (i < expected.currencies.size() && i < actual.currencies.size() &&
           expected.currencies[i] == actual.currencies[i])
      ++i;
    const auto at = [i](const SettlementSummary& summary) {
      return i < summary.currencies.size() ? describe(summary.currencies[i]) : std::string("(none)");
    };
    message << "currency entry " << i << " differs\n"
            << "  baseline: " << at(expected) << "\n"
            << "  solution: " << at(actual) << "\n"
            << "  currencies: baseline " << expected.currencies.size() << ", solution "
            << actual.currencies.size();
  }
  return ::testing::AssertionFailure() << message.str();
}

::testing::AssertionResult matches_baseline(const std::string& csv) {
  return same_summary(baseline::summarize_settlement(csv), solution::summarize_settlement(csv));
}

TEST(CsvSplit, MatchesBaselineOnGeneratedFiles) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {0u, 1u, 2u, 17u, 500u, 5000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(matches_baseline(make_settlement_file(size, seed)));
    }
  }
}

TEST(CsvSplit, GeneratedFilesHaveMalformedLinesAndOtherStatuses) {
  // The generator is meant to exercise the malformed and ignored paths: make sure it does.
  const std::string csv = make_settlement_file(20000, 42);
  const SettlementSummary summary = baseline::summarize_settlement(csv);
  EXPECT_GT(summary.malformed_lines, 20u);
  std::uint64_t counted = 0;
  for (const CurrencyTotals& totals : summary.currencies) counted += totals.approved + totals.declined;
  EXPECT_LT(counted + summary.malformed_lines, 20000u);  // pending and voided are not counted
  EXPECT_TRUE(matches_baseline(csv));
}

TEST(CsvSplit, EmptyFileAndHeaderOnly) {
  EXPECT_TRUE(matches_baseline(""));
  EXPECT_TRUE(matches_baseline("currency,amount,status"));
  EXPECT_TRUE(matches_baseline("currency,amount,status\n"));
  EXPECT_TRUE(same_summary(SettlementSummary{}, solution::summarize_settlement("currency,amount,status\n")));
}

TEST(CsvSplit, HandWrittenFile) {
  const std::string csv =
      "status,amount,merchant,currency\n"
      "approved,10.50,m-00001-berlin-mitte-and-a-long-name,EUR\n"
      "approved,-0.99,m-00002,EUR\n"
      "declined,99999.99,m-00003,EUR\n"
      "approved,0.01,m-00004,USD\n"
      "pending,5.00,m-00005,GBP\n"
      "voided,5.00,m-00006,CHF\n"
      "declined,1.00,m-00007,SEK\n"
      "approved,1.00,m-00008\n"                       // a field short: malformed
      "approved,1.00,m-00009, with a comma,EUR\n"    // a field too many: malformed
      "\n"                                            // empty line: malformed
      "approved,7.25,,USD\n"                          // empty merchant is fine
      "approved,3.00,m-00010,EUR";                    // no newline at the end
  SettlementSummary expected;
  expected.currencies = {{"EUR", 3, 1050 - 99 + 300, 1}, {"SEK", 0, 0, 1}, {"USD", 2, 1 + 725, 0}};
  expected.malformed_lines = 3;
  EXPECT_TRUE(same_summary(expected, baseline::summarize_settlement(csv)));
  EXPECT_TRUE(same_summary(expected, solution::summarize_settlement(csv)));
}

TEST(CsvSplit, OneTransaction) {
  EXPECT_TRUE(matches_baseline("currency,amount,status\nJPY,120000.00,approved\n"));
  EXPECT_TRUE(matches_baseline(make_settlement_file(1, 7)));
}

TEST(CsvSplit, EmptyFieldsAndEmptyLines) {
  // Fields may be empty (but no line ends with ','; see kata.hpp).
  EXPECT_TRUE(matches_baseline("a,currency,amount,status,b\n,EUR,1.00,approved,x\n,,,,x\n,,,x\n"));
  EXPECT_TRUE(matches_baseline("currency,amount,status\n,1.00,approved\n,2.00,declined\n"));
  EXPECT_TRUE(matches_baseline("currency,amount,status\n\n\n\nEUR,1.00,approved\n\n"));
  EXPECT_TRUE(matches_baseline("status,currency,amount\napproved,,1.00\ndeclined,EUR,0.00\n"));
}

TEST(CsvSplit, OneColumnPerLineAndLongFields) {
  const std::string long_field(5000, 'x');
  EXPECT_TRUE(matches_baseline("currency,amount,status," + long_field + "\nEUR,1.00,approved," +
                               long_field + "\nEUR,2.00,approved\n"));
}

TEST(CsvSplit, SameTransactionRepeated) {
  std::string csv = "status,currency,amount\n";
  for (int i = 0; i < 3000; ++i) csv += "approved,EUR,123.45\n";
  SettlementSummary expected;
  expected.currencies = {{"EUR", 3000, 3000 * 12345, 0}};
  EXPECT_TRUE(same_summary(expected, solution::summarize_settlement(csv)));
}

TEST(CsvSplit, LargeTotals) {
  std::string csv = "currency,amount,status\n";
  for (int i = 0; i < 1000; ++i) csv += "USD,99999999999.99,approved\n";
  EXPECT_TRUE(matches_baseline(csv));
}

}  // namespace
}  // namespace kata::csv_split
