#include "workshop/starting_solution.hpp"

#include "process/files.hpp"
#include "workshop/progress.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace checker::workshop {

namespace {

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

}  // namespace checker::workshop
