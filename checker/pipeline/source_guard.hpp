#pragma once
// The learner's code runs with the learner's rights: it could write to the kata's fixed
// files. The checker never builds from them (pristine copies come from git), but a damaged
// working copy is still damage: the guard remembers them before the run, puts back any that
// changed, and says which. (The learner's own solution.cpp is not guarded: they may save it
// while a check runs, and `kata grade` runs a copy as an unprivileged user.)
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace checker::pipeline {

class SourceGuard {
 public:
  explicit SourceGuard(const std::vector<std::filesystem::path>& files);

  // Puts back every file whose content changed; returns those paths (empty: none).
  std::vector<std::filesystem::path> restore() const;

 private:
  std::map<std::filesystem::path, std::string> contents_;
};

}  // namespace checker::pipeline
