#pragma once
// `kata reset`: the learner's file back to the starting solution (build/starting_solution.hpp),
// keeping what was there.
#include <filesystem>
#include <optional>
#include <string>

#include "build/starting_solution.hpp"
#include "catalogue/kata_spec.hpp"

namespace checker::workshop {

using build::starting_solution;

struct ResetOutcome {
  bool changed = false;                         // false: the file already was the starting one
  std::optional<std::filesystem::path> backup;  // where the learner's file was kept
};

// Writes the starting solution over `solution`, first copying the learner's file to
// `backups_dir`/solution-<UTC time>.cpp. Both writes go to a temporary file that is renamed
// into place: an interrupted reset leaves each file whole.
ResetOutcome reset_to_start(const catalogue::KataSpec& kata, const std::string& baseline_source,
                            const std::filesystem::path& solution, const std::filesystem::path& backups_dir);

}  // namespace checker::workshop
