#include "analyze/detectors.hpp"

#include <algorithm>
#include <set>
#include <sstream>

#include "build/compiler_message.hpp"
#include "process/process.hpp"

namespace checker::analyze {

namespace fs = std::filesystem;

namespace {

process::Result clang_query(const fs::path& source, const std::vector<fs::path>& include_dirs,
                            const std::vector<std::string>& commands, std::chrono::seconds time_limit) {
  std::vector<std::string> args = {"-c", "set output diag"};
  for (const auto& command : commands) {
    args.push_back("-c");
    args.push_back(command);
  }
  args.push_back(source.string());
  args.push_back("--");
  args.push_back("-std=c++20");
  for (const auto& dir : include_dirs) args.push_back("-I" + dir.string());
  return process::run({.program = "clang-query",
                       .args = args,
                       .limits = {.wall_time = time_limit,
                                  .address_space_bytes = std::size_t{4} << 30}});
}

// "0 matches." / "1 match." / "12 matches.": clang-query's line after each command.
bool is_match_count(std::string_view line) {
  const std::size_t digits = line.find_first_not_of("0123456789");
  if (digits == 0 || digits == std::string_view::npos) return false;
  const auto rest = line.substr(digits);
  return rest == " match." || rest == " matches.";
}

}  // namespace

std::vector<std::vector<int>> parse_clang_query_output(const std::string& output,
                                                       const std::string& source) {
  std::vector<std::vector<int>> per_command(1);
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    const auto message = build::parse_compiler_message(line);
    if (message && message->kind == "note" && message->text == "\"root\" binds here") {
      if (message->file == source) per_command.back().push_back(message->line);
    } else if (is_match_count(line)) {
      per_command.emplace_back();
    }
  }
  per_command.pop_back();  // the one opened after the last "N matches."
  for (auto& found : per_command) {
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
  }
  return per_command;
}

DetectorRun run_detectors(const catalogue::KataSpec& kata, const fs::path& source,
                          const std::vector<fs::path>& include_dirs, std::chrono::seconds time_limit) {
  DetectorRun run;
  std::vector<std::string> commands, ids;
  for (const auto& finding : kata.findings) {
    if (finding.detect.kind == catalogue::Detector::Kind::clang_query) {
      commands.push_back("match " + finding.detect.matcher);
    } else if (finding.detect.kind == catalogue::Detector::Kind::decoy) {
      commands.push_back("match functionDecl(hasName(\"" + finding.detect.function + "\"), isDefinition())");
    } else {
      continue;
    }
    ids.push_back(finding.id);
  }
  if (commands.empty()) {
    run.available = true;
    return run;
  }
  if (!process::find_program("clang-query")) {
    run.problem = "clang-query is not installed (Debian package clang-tools): structural detectors skipped";
    return run;
  }
  // clang-query prints absolute paths: give it one, so its lines can be told apart from headers'.
  const fs::path absolute = fs::absolute(source).lexically_normal();
  const auto result = clang_query(absolute, include_dirs, commands, time_limit);
  const auto per_command = parse_clang_query_output(result.standard_output, absolute.string());
  if (!result.succeeded() || per_command.size() != commands.size()) {
    run.problem = "clang-query " + result.describe() + ": " +
                  result.standard_error.substr(0, 300);
    return run;
  }
  run.available = true;
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (!per_command[i].empty()) run.lines[ids[i]] = per_command[i];
  return run;
}

}  // namespace checker::analyze
