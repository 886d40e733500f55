#pragma once
// The learner's starting file, made from the kata's pristine baseline: the same code in the
// `solution` namespace under a two-line header. `kata reset` writes it back; the suite's
// tests check that every committed solution.cpp is exactly this, so nothing is lost by
// deriving it instead of storing a second copy.
#include <filesystem>
#include <optional>
#include <string>

#include "catalogue/kata_spec.hpp"

namespace checker::workshop {

std::string starting_solution(const catalogue::KataSpec& kata, const std::string& baseline_source);

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
