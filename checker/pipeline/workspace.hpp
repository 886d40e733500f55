#pragma once
// Where things are: the checkout, the CMake build whose toolchain the checker reuses, and
// the checker's own state (work trees, object cache, calibration, progress) in .kata/.
#include <chrono>
#include <filesystem>
#include <functional>

#include "build/builder.hpp"
#include "build/toolchain.hpp"
#include "catalogue/kata_spec.hpp"

namespace checker::pipeline {

struct Workspace {
  std::filesystem::path repo_root;
  std::filesystem::path build_dir;
  std::filesystem::path state_dir;
  build::Toolchain toolchain;

  std::filesystem::path katas_dir() const { return repo_root / "katas"; }
  std::filesystem::path solutions_dir() const { return repo_root / "solutions"; }
  // A private work tree per kata and label ("learner", "reference", "alt-x", a grading id).
  std::filesystem::path work_dir(const std::string& slug, const std::string& label) const {
    return state_dir / "work" / slug / label;
  }
  std::filesystem::path object_cache() const { return state_dir / "cache"; }
  // The file a command works on: `given`, or else the learner's katas/<slug>/solution.cpp.
  std::filesystem::path solution_file(const std::string& slug, const std::filesystem::path& given) const {
    return given.empty() ? katas_dir() / slug / "solution.cpp" : given;
  }
  // The work tree for `given`: "learner" for the learner's own file, else one per file, so
  // that commands on different files can run at once.
  std::string work_label(const std::filesystem::path& given) const {
    return given.empty() ? "learner" : "file-" + build::content_hash({std::filesystem::absolute(given).string()});
  }
};

// Builds `solution` for `kata` in the work tree named `label`, with this workspace's
// toolchain and object cache: how every command gets its executables. `progress` hears what
// is being compiled and how long is left.
build::BuildResult build_in(const Workspace& workspace, const catalogue::KataSpec& kata,
                            const std::filesystem::path& solution, const std::string& label,
                            std::function<void(const std::string&)> progress = {},
                            std::chrono::seconds compile_time_limit = build::kCompileTimeLimit);

// From KATA_ROOT / KATA_BUILD_DIR / KATA_STATE_DIR, else the paths this checker was built
// with; throws std::runtime_error (with what to do) when the build is missing.
Workspace locate_workspace();

}  // namespace checker::pipeline
