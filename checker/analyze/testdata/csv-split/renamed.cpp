// Detector fixture: the baseline's anti-pattern with every name changed, the splitter
// rewritten as an index loop with emplace_back, and the line loop as a do/while. The
// fields-copied-into-strings detector must still fire.
#include <map>

#include "kata.hpp"

namespace kata::csv_split::solution {

static std::vector<std::string> cells_of(const std::string& row) {
  std::vector<std::string> cells;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= row.size(); ++i) {
    if (i == row.size() || row[i] == ',') {
      cells.emplace_back(row, begin, i - begin);
      begin = i + 1;
    }
  }
  return cells;
}

static long long minor_units(const std::string& text) {
  long long value = 0;
  for (char ch : text)
    if (ch >= '0' && ch <= '9') value = value * 10 + (ch - '0');
  return text.size() && text.front() == '-' ? -value : value;
}

SettlementSummary summarize_settlement(const std::string& csv) {
  SettlementSummary out;
  if (csv.empty()) return out;
  std::size_t eol = csv.find('\n');
  if (eol == std::string::npos) eol = csv.size();
  const std::vector<std::string> head = cells_of(csv.substr(0, eol));
  std::size_t cur = 0, amt = 0, st = 0;
  for (std::size_t k = 0; k < head.size(); ++k) {
    if (head[k] == "currency") cur = k;
    if (head[k] == "amount") amt = k;
    if (head[k] == "status") st = k;
  }
  std::map<std::string, CurrencyTotals> acc;
  std::size_t at = eol + 1;
  if (at < csv.size()) {
    do {
      std::size_t stop = csv.find('\n', at);
      if (stop == std::string::npos) stop = csv.size();
      std::vector<std::string> row = cells_of(csv.substr(at, stop - at));
      at = stop + 1;
      if (row.size() != head.size()) {
        out.malformed_lines++;
      } else if (row[st] == "approved") {
        acc[row[cur]].approved++;
        acc[row[cur]].approved_cents += minor_units(row[amt]);
      } else if (row[st] == "declined") {
        acc[row[cur]].declined++;
      }
    } while (at < csv.size());
  }
  for (auto& entry : acc) {
    entry.second.currency = entry.first;
    out.currencies.push_back(entry.second);
  }
  return out;
}

}  // namespace kata::csv_split::solution
