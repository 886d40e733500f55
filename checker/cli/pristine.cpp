// kata pristine [--update]: maintainers keep katas/PRISTINE, the git blob ids of every
// kata's fixed files, in step with the files (the checker uses it to ignore edits).
#include <fmt/format.h>

#include <fstream>

#include "build/pristine.hpp"
#include "cli/context.hpp"

namespace checker::cli {

void add_pristine_command(CLI::App& app, Context& context) {
  auto update = std::make_shared<bool>(false);
  auto* command = app.add_subcommand("pristine", "Maintainers: check (or --update) katas/PRISTINE");
  command->add_flag("--update", *update, "Rewrite katas/PRISTINE from the files as they are now");
  command->callback([&context, update] {
    const auto& workspace = context.workspace();
    std::vector<std::string> slugs;
    for (const auto& kata : context.catalogue().katas) slugs.push_back(kata.slug);
    if (*update) {
      std::ofstream(workspace.katas_dir() / "PRISTINE") << build::make_manifest(workspace.repo_root, slugs);
      fmt::print("katas/PRISTINE updated for {} katas\n", slugs.size());
      return;
    }
    const auto stale = build::stale_manifest_entries(workspace.repo_root, slugs);
    for (const auto& path : stale) fmt::print("stale: {}\n", path);
    if (stale.empty()) fmt::print("katas/PRISTINE is up to date\n");
    context.exit_status = stale.empty() ? 0 : 1;
  });
}

}  // namespace checker::cli
