#include "workshop/starting_solution.hpp"

#include "process/files.hpp"
#include "workshop/progress.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace checker::workshop {

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

std::optional<std::string> read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

ResetOutcome reset_to_start(const catalogue::KataSpec& kata, const std::string& baseline_source,
                            const std::filesystem::path& solution, const std::filesystem::path& backups_dir) {
  const std::string starting = starting_solution(kata, baseline_source);
  const auto current = read_whole(solution);
  if (current && *current == starting) return {};
  ResetOutcome outcome{true, std::nullopt};
  if (current) {
    std::string stamp = utc_now();
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    std::filesystem::create_directories(backups_dir);
    std::filesystem::path backup = backups_dir / ("solution-" + stamp + ".cpp");
    for (int n = 2; std::filesystem::exists(backup); ++n)  // two resets in one second keep both
      backup = backups_dir / ("solution-" + stamp + "-" + std::to_string(n) + ".cpp");
    process::write_file_atomically(backup, *current);
    outcome.backup = backup;
  }
  process::write_file_atomically(solution, starting);
  return outcome;
}

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

}  // namespace checker::workshop
