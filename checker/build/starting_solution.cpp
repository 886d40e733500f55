#include "build/starting_solution.hpp"

#include <fmt/format.h>

#include <cctype>
#include <sstream>

namespace checker::build {

namespace {

// `namespace kata::x::baseline {` and its closing comment name the solution's namespace.
std::string renamed_namespace(std::string line) {
  const auto at = line.find("namespace kata::");
  if (at == std::string::npos) return line;
  const auto suffix = line.find("::baseline", at);
  if (suffix == std::string::npos) return line;
  const auto end = suffix + std::string_view("::baseline").size();
  if (end < line.size() && (std::isalnum(static_cast<unsigned char>(line[end])) || line[end] == '_')) return line;
  return line.replace(suffix, std::string_view("::baseline").size(), "::solution");
}

}  // namespace

std::string starting_solution(const catalogue::KataSpec& kata, const std::string& baseline_source) {
  const std::string goal = kata.metric == catalogue::Metric::memory_growth
                               ? fmt::format("bound the memory of {}", kata.entry)
                               : fmt::format("make {} fast", kata.entry);
  std::string out = fmt::format(
      "// Your file: {}. It starts as a copy of baseline.cpp.\n"
      "// `kata check {}` builds it, tests it against the baseline and measures it.\n",
      goal, kata.slug);
  std::istringstream in(baseline_source);
  std::string line;
  bool in_header = true;  // the baseline's own leading comment is replaced by the one above
  bool first = true;
  while (std::getline(in, line)) {
    if (in_header && line.starts_with("//")) continue;
    in_header = false;
    if (!first) out += '\n';
    out += renamed_namespace(line);
    first = false;
  }
  if (!baseline_source.empty() && baseline_source.back() == '\n') out += '\n';
  return out;
}

}  // namespace checker::build
