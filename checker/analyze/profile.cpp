#include "analyze/profile.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <unordered_map>

namespace checker::analyze {

namespace {

std::vector<std::string> split_words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

bool is_hex(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

// "_ZN4kata3fooEv+0x1f" -> {"_ZN4kata3fooEv", 0x1f}; "[unknown]" stays as it is.
StackFrame parse_frame_symbol(const std::string& text) {
  const auto plus = text.rfind("+0x");
  if (plus == std::string::npos || !is_hex(text.substr(plus + 3))) return {text, 0};
  return {text.substr(0, plus), std::stoull(text.substr(plus + 3), nullptr, 16)};
}

LineProfile finish_profile(std::map<int, std::uint64_t> by_line, std::uint64_t total) {
  LineProfile profile;
  profile.total = total;
  for (const auto& [line, count] : by_line) {
    profile.in_file += count;
    profile.lines.push_back({line, total ? static_cast<double>(count) / static_cast<double>(total) : 0.0, count});
  }
  std::stable_sort(profile.lines.begin(), profile.lines.end(),
                   [](const LineShare& a, const LineShare& b) { return a.samples > b.samples; });
  return profile;
}

}  // namespace

static std::vector<Stack> read_perf_script(const std::string& text) {
  std::vector<Stack> stacks;
  const bool grouped = text.find("\n\n") != std::string::npos;  // -g: one block per sample
  std::istringstream in(text);
  Stack current;
  for (std::string line; std::getline(in, line);) {
    const auto words = split_words(line);
    if (words.empty()) {
      if (!current.empty()) stacks.push_back(std::move(current));
      current.clear();
      continue;
    }
    // "55d0c2a1b2c3 _ZN4kata...+0x23 (/path/bench)": the address, then the symbol.
    if (words.size() < 2 || !is_hex(words[0])) continue;
    current.push_back(parse_frame_symbol(words[1]));
    if (!grouped) {
      stacks.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) stacks.push_back(std::move(current));
  return stacks;
}

LineProfile attribute_samples(const std::vector<Stack>& stacks, const std::vector<FunctionCode>& functions) {
  std::unordered_map<std::string, const FunctionCode*> by_name;
  for (const auto& function : functions) by_name.emplace(function.name, &function);
  std::map<int, std::uint64_t> by_line;
  for (const auto& stack : stacks) {
    for (std::size_t depth = 0; depth < stack.size(); ++depth) {
      const auto found = by_name.find(stack[depth].symbol);
      if (found == by_name.end()) continue;
      const auto& instructions = found->second->instructions;
      // Outer frames hold return addresses: step back into the call instruction.
      const std::uint64_t address = found->second->start + stack[depth].offset - (depth > 0 ? 1 : 0);
      const auto after = std::upper_bound(instructions.begin(), instructions.end(), address,
                                          [](std::uint64_t a, const Instruction& i) { return a < i.address; });
      if (after == instructions.begin() || std::prev(after)->innermost_line == 0) continue;
      ++by_line[std::prev(after)->innermost_line];
      break;
    }
  }
  return finish_profile(std::move(by_line), stacks.size());
}

std::uint64_t CallgrindCounts::total(const std::string& event) const {
  const auto found = std::find(events.begin(), events.end(), event);
  if (found == events.end()) return 0;
  const auto index = static_cast<std::size_t>(found - events.begin());
  return index < totals.size() ? totals[index] : 0;
}

static std::optional<CallgrindCounts> read_callgrind(const std::string& text, const std::string& source_suffix) {
  CallgrindCounts counts;
  std::size_t position_columns = 1;
  std::unordered_map<std::string, std::string> file_names;  // "(3)" -> path: fl, fi, fe, cfi, cfl share ids
  std::string function_file, current_file;
  std::vector<std::int64_t> last_position;
  bool next_is_call = false;
  bool have_totals = false;
  std::vector<std::uint64_t> summed;

  const auto name_of = [&](const std::string& value) {
    // "(3) /path/file.cpp" defines id 3; "(3)" refers to it; a plain name has no id.
    if (!value.starts_with("(")) return value;
    const auto close = value.find(')');
    const std::string id = value.substr(0, close + 1);
    if (close + 1 < value.size()) file_names[id] = value.substr(value.find_first_not_of(' ', close + 1));
    return file_names[id];
  };
  const auto parse_costs = [&](const std::string& text_costs) {
    std::vector<std::uint64_t> costs;
    for (const auto& word : split_words(text_costs)) costs.push_back(std::stoull(word));
    return costs;
  };

  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    if (line.starts_with("events:")) {
      counts.events = split_words(line.substr(7));
    } else if (line.starts_with("positions:")) {
      position_columns = std::max<std::size_t>(1, split_words(line.substr(10)).size());
    } else if (line.starts_with("totals:") || (line.starts_with("summary:") && !have_totals)) {
      counts.totals = parse_costs(line.substr(line.find(':') + 1));
      have_totals = true;
    } else if (line.starts_with("fl=")) {
      function_file = current_file = name_of(line.substr(3));
    } else if (line.starts_with("fi=") || line.starts_with("fe=")) {
      current_file = name_of(line.substr(3));
    } else if (line.starts_with("fn=")) {
      current_file = function_file;
    } else if (line.starts_with("cfi=") || line.starts_with("cfl=")) {
      name_of(line.substr(4));  // defines an id used later
    } else if (line.starts_with("calls=")) {
      next_is_call = true;
    } else if (std::isdigit(static_cast<unsigned char>(line.front())) || line.front() == '+' || line.front() == '-' ||
               line.front() == '*') {
      const auto words = split_words(line);
      if (words.size() < position_columns) continue;
      if (last_position.size() != position_columns) last_position.assign(position_columns, 0);
      for (std::size_t column = 0; column < position_columns; ++column) {
        const std::string& word = words[column];
        const bool hex = word.find("0x") != std::string::npos;
        const auto value = [&](const std::string& digits) {
          return static_cast<std::int64_t>(std::stoull(digits, nullptr, hex ? 16 : 10));
        };
        if (word == "*") continue;
        if (word.front() == '+') last_position[column] += value(word.substr(1));
        else if (word.front() == '-') last_position[column] -= value(word.substr(1));
        else last_position[column] = value(word);
      }
      std::vector<std::uint64_t> costs;
      for (std::size_t i = position_columns; i < words.size(); ++i) costs.push_back(std::stoull(words[i]));
      const int source_line = static_cast<int>(last_position.back());  // "line" is the last position column
      const std::uint64_t ir = costs.empty() ? 0 : costs.front();
      if (current_file.ends_with(source_suffix)) counts.ir_by_line[source_line] += ir;
      if (!next_is_call) {
        if (summed.size() < costs.size()) summed.resize(costs.size());
        for (std::size_t i = 0; i < costs.size(); ++i) summed[i] += costs[i];
      }
      next_is_call = false;
    }
  }
  if (counts.events.empty()) return std::nullopt;
  if (!have_totals) counts.totals = summed;
  counts.totals.resize(counts.events.size());
  return counts;
}

LineProfile line_profile(const CallgrindCounts& counts) {
  return finish_profile(counts.ir_by_line, counts.total("Ir"));
}


// Output it cannot read (another perf or valgrind, a truncated file) gives no profile, never a wrong one.
std::vector<Stack> parse_perf_script(const std::string& text) {
  try {
    return read_perf_script(text);
  } catch (const std::exception&) {
    return {};
  }
}

std::optional<CallgrindCounts> parse_callgrind(const std::string& text, const std::string& source_suffix) {
  try {
    return read_callgrind(text, source_suffix);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace checker::analyze
