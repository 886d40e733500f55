// Alternative, simpler than the reference: the fields are string_views into the file's
// text, so no line and no field is copied any more, but `split` still returns a fresh vector
// for every line. Grown from empty by push_back, it goes through buffers of 1, 2, 4, 8 and
// 16 views: five allocations per line are left, about as much time again as the
// reference's whole line. It passes the target; the allocations-per-line finding stays.
#include <algorithm>
#include <map>
#include <string_view>

#include "kata.hpp"

namespace kata::csv_split::solution {

namespace {

std::vector<std::string_view> split(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = line.find(separator, start);
    if (end == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, end - start));
    start = end + 1;
  }
}

struct Columns {
  std::size_t count = 0;
  std::size_t currency = 0;
  std::size_t amount = 0;
  std::size_t status = 0;
};

Columns read_header(std::string_view header) {
  const std::vector<std::string_view> names = split(header, ',');
  const auto position = [&names](std::string_view name) {
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
  };
  return Columns{names.size(), position("currency"), position("amount"), position("status")};
}

std::int64_t to_cents(std::string_view amount) {
  std::int64_t cents = 0;
  for (const char c : amount) {
    if (c >= '0' && c <= '9') cents = cents * 10 + (c - '0');
  }
  return !amount.empty() && amount[0] == '-' ? -cents : cents;
}

}  // namespace

SettlementSummary summarize_settlement(const std::string& csv) {
  SettlementSummary summary;
  if (csv.empty()) return summary;
  const std::string_view text(csv);
  const std::size_t header_end = std::min(text.find('\n'), text.size());
  const Columns columns = read_header(text.substr(0, header_end));

  std::map<std::string, CurrencyTotals, std::less<>> totals;
  std::size_t position = header_end + 1;
  while (position < text.size()) {
    const std::size_t end = std::min(text.find('\n', position), text.size());
    const std::string_view line = text.substr(position, end - position);
    position = end + 1;

    const std::vector<std::string_view> fields = split(line, ',');
    if (fields.size() != columns.count) {
      ++summary.malformed_lines;
      continue;
    }
    const std::string_view status = fields[columns.status];
    if (status != "approved" && status != "declined") continue;
    auto total = totals.find(fields[columns.currency]);
    if (total == totals.end()) total = totals.emplace(std::string(fields[columns.currency]), CurrencyTotals{}).first;
    if (status == "approved") {
      ++total->second.approved;
      total->second.approved_cents += to_cents(fields[columns.amount]);
    } else {
      ++total->second.declined;
    }
  }

  for (auto& [currency, total] : totals) {
    total.currency = currency;
    summary.currencies.push_back(std::move(total));
  }
  return summary;
}

}  // namespace kata::csv_split::solution
