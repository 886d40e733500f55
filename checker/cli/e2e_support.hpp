#pragma once
// For end-to-end tests: runs the real `kata` executable as a learner would, without a shell.
#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "process/process.hpp"

namespace checker::e2e {

inline const std::filesystem::path kRoot = KATA_SOURCE_DIR;
inline const std::filesystem::path kKata = KATA_EXECUTABLE;
inline const std::filesystem::path kState = KATA_TEST_STATE_DIR;

// `kata <args>` with the tests' state directory (unless `environment` names another) and no
// colour; four minutes at most.
inline process::Result kata(std::vector<std::string> args,
                            std::vector<std::pair<std::string, std::string>> environment = {}) {
  const auto has = [&](const char* name) {
    return std::any_of(environment.begin(), environment.end(), [&](const auto& entry) { return entry.first == name; });
  };
  if (!has("KATA_STATE_DIR")) environment.emplace_back("KATA_STATE_DIR", kState.string());
  environment.emplace_back("NO_COLOR", "1");
  return process::run({.program = kKata,
                       .args = std::move(args),
                       .environment = std::move(environment),
                       .limits = {.wall_time = std::chrono::seconds(240)}});
}

}  // namespace checker::e2e
