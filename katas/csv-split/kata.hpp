#pragma once
// csv-split: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "kata/random.hpp"

namespace kata::csv_split {

// A card acquirer's nightly settlement file, as it arrives:
//   - Lines end with '\n' (a last line without one still counts). No '\r', no quoting:
//     fields never contain quotes, and the exporter never escapes commas.
//   - The first line is the header: the column names, separated by ','. Acquirers order
//     their columns differently, but every file has the columns "currency", "amount" and
//     "status" (and others the report does not use).
//   - Every other line is one transaction with as many fields as the header has names. A
//     line with another field count (a free-text field with a comma in it, a truncated
//     record, an empty line) is malformed: it is counted and otherwise ignored. Fields may
//     be empty, except the last one of a line: no line ends with ','.
//   - "amount" is an optional '-' (refunds), digits, '.', and exactly two digits
//     ("1234.56", "-0.99"). "status" is "approved", "declined" or something else
//     ("pending", "voided", ...), which the report ignores.

// Per currency: the approved transactions, their total in cents, and the declined ones.
struct CurrencyTotals {
  std::string currency;  // as written in the file, e.g. "EUR"
  std::uint64_t approved = 0;
  std::int64_t approved_cents = 0;
  std::uint64_t declined = 0;
  bool operator==(const CurrencyTotals&) const = default;
};

// The reconciliation summary of one file: one entry per currency that has at least one
// approved or declined transaction, sorted by currency; and the malformed lines.
struct SettlementSummary {
  std::vector<CurrencyTotals> currencies;
  std::uint64_t malformed_lines = 0;
  bool operator==(const SettlementSummary&) const = default;
};

namespace baseline {
SettlementSummary summarize_settlement(const std::string& csv);
}
namespace solution {
SettlementSummary summarize_settlement(const std::string& csv);
}

// The inputs the tests and the benchmark use: a settlement file of `transactions` lines
// after the header, with the column order, values and the odd malformed line drawn from
// `seed`.
inline std::string make_settlement_file(std::size_t transactions, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  std::vector<std::string> columns = {"timestamp", "transaction_id", "merchant", "terminal",
                                      "card",      "mcc",            "arn",      "currency",
                                      "amount",    "status",         "reference"};
  for (std::size_t i = columns.size() - 1; i > 0; --i)  // this acquirer's column order
    std::swap(columns[i], columns[static_cast<std::size_t>(rng.next() % (i + 1))]);

  static const std::vector<std::string> currencies = {"EUR", "EUR", "EUR", "EUR", "USD", "USD",
                                                      "GBP", "CHF", "SEK", "PLN", "JPY"};
  static const std::vector<std::string> districts = {
      "berlin-mitte", "paris-marais", "london-soho", "madrid-centro", "wien-neubau",
      "zurich-enge",  "oslo-grunerlokka", "milano-brera", "lisboa-chiado", "praha-vinohrady"};
  static const std::vector<std::string> countries = {"DE", "FR", "GB", "ES", "AT", "CH", "NO", "IT"};
  static const std::vector<std::string> categories = {
      "5411-grocery-stores", "5812-eating-places", "5999-misc-retail", "4121-taxicabs-limousines",
      "5732-electronics-stores", "7011-hotels-motels-resorts", "5541-service-stations"};
  static const std::vector<std::string> channels = {"web checkout", "in-store", "mobile app",
                                                    "recurring", "phone order"};
  const auto digits = [&rng](int count) {
    std::string text;
    for (int i = 0; i < count; ++i) text += static_cast<char>('0' + rng.next() % 10);
    return text;
  };
  const auto hex = [&rng](int count) {
    std::string text;
    for (int i = 0; i < count; ++i) text += "0123456789abcdef"[rng.next() % 16];
    return text;
  };

  std::string csv;
  csv.reserve(128 + transactions * 240);
  for (std::size_t c = 0; c < columns.size(); ++c) csv += (c ? "," : "") + columns[c];
  csv += '\n';
  for (std::size_t line = 0; line < transactions; ++line) {
    const bool truncated = rng.chance(0.003);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (truncated && c == columns.size() - 3) break;
      // One random draw per statement: the order of evaluation inside an expression is
      // unspecified, and the same seed must give the same file with every compiler.
      std::string field;
      const std::string& column = columns[c];
      if (column == "timestamp") {
        const std::int64_t day = rng.between(10, 19);
        const std::int64_t hour = rng.between(10, 23);
        const std::int64_t minute = rng.between(10, 59);
        const std::int64_t second = rng.between(10, 59);
        field = "2024-03-" + std::to_string(day) + "T" + std::to_string(hour) + ":" +
                std::to_string(minute) + ":" + std::to_string(second) + "." + digits(6) + "Z";
      } else if (column == "transaction_id") {
        field = "txn_" + hex(20);
      } else if (column == "merchant") {
        field = "m-" + digits(5);
        field += "-" + rng.pick(districts);
      } else if (column == "terminal") {
        field = "TERM-" + rng.pick(countries);
        field += "-" + digits(8);
      } else if (column == "mcc") {  // merchant category
        field = rng.pick(categories);
      } else if (column == "arn") {  // acquirer reference number
        field = "7" + digits(22);
      } else if (column == "card") {
        field = rng.chance(0.6) ? "411111******" : "550000******";
        field += digits(4);
      } else if (column == "currency") {
        field = rng.pick(currencies);
      } else if (column == "amount") {
        const std::int64_t cents = rng.between(1, 250'000);
        field = rng.chance(0.03) ? "-" : "";
        field += std::to_string(cents / 100) + "." + std::to_string(cents % 100 / 10) +
                 std::to_string(cents % 10);
      } else if (column == "status") {
        const double roll = rng.unit();
        field = roll < 0.85 ? "approved" : roll < 0.97 ? "declined" : roll < 0.99 ? "pending" : "voided";
      } else {  // reference: free text; now and then with a comma the exporter does not quote
        field = "order " + digits(6);
        field += rng.chance(0.004) ? ", " : " ";
        field += rng.pick(channels);
        field += " " + std::to_string(rng.between(1, 999));
      }
      if (c) csv += ',';
      csv += field;
    }
    csv += '\n';
  }
  return csv;
}

}  // namespace kata::csv_split
