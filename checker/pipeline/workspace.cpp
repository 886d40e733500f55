#include "pipeline/workspace.hpp"

#include <cstdlib>

#ifndef KATA_SOURCE_DIR
#error "KATA_SOURCE_DIR must be defined by the build"
#endif
#ifndef KATA_BINARY_DIR
#error "KATA_BINARY_DIR must be defined by the build"
#endif

namespace checker::pipeline {

namespace {

std::filesystem::path from_environment(const char* variable, const std::filesystem::path& fallback) {
  const char* value = std::getenv(variable);
  return value && *value ? std::filesystem::path(value) : fallback;
}

}  // namespace

Workspace locate_workspace() {
  Workspace workspace;
  workspace.repo_root = from_environment("KATA_ROOT", KATA_SOURCE_DIR);
  workspace.build_dir = from_environment("KATA_BUILD_DIR", KATA_BINARY_DIR);
  workspace.state_dir = from_environment("KATA_STATE_DIR", workspace.repo_root / ".kata");
  workspace.toolchain = build::load_toolchain(workspace.build_dir / "kata-toolchain.json");
  return workspace;
}

build::BuildResult build_in(const Workspace& workspace, const catalogue::KataSpec& kata,
                            const std::filesystem::path& solution, const std::string& label,
                            std::function<void(const std::string&)> progress,
                            std::chrono::seconds compile_time_limit) {
  return build::build_solution({.kata = kata,
                                .toolchain = workspace.toolchain,
                                .repo_root = workspace.repo_root,
                                .solution_file = solution,
                                .work_dir = workspace.work_dir(kata.slug, label),
                                .object_cache = workspace.object_cache(),
                                .progress = std::move(progress),
                                .compile_time_limit = compile_time_limit});
}

}  // namespace checker::pipeline
