// kata reset <slug>: back to the starting solution; the current file is kept as a backup.
#include <fmt/format.h>

#include "build/pristine.hpp"
#include "cli/context.hpp"
#include "process/files.hpp"
#include "workshop/starting_solution.hpp"

namespace checker::cli {

namespace {

std::string pristine_baseline(const pipeline::Workspace& workspace, const std::string& slug) {
  for (const auto& file : build::read_pristine(workspace.repo_root, slug).files)
    if (file.relative_path == "katas/" + slug + "/baseline.cpp") return file.content;
  throw std::runtime_error("no pristine baseline.cpp for " + slug);
}

}  // namespace

bool reset_with_confirmation(Context& context, const catalogue::KataSpec& kata, bool assume_yes) {
  const auto& workspace = context.workspace();
  const auto solution = workspace.solution_file(kata.slug, {});
  const std::string baseline = pristine_baseline(workspace, kata.slug);
  if (process::read_file(solution) == workshop::starting_solution(kata, baseline)) {
    fmt::print("{} is already the starting solution: nothing to do\n", solution.string());
    return false;
  }
  if (!confirm(fmt::format("Replace {} with the starting solution (yours is kept as a backup)?", solution.string()),
               assume_yes)) {
    fmt::print("nothing changed\n");
    return false;
  }
  const auto outcome = workshop::reset_to_start(kata, baseline, solution, workspace.state_dir / "backups" / kata.slug);
  if (outcome.backup) fmt::print("your file is kept as {}\n", outcome.backup->string());
  fmt::print("{} is the starting solution again; `kata check {}` measures it\n", solution.string(), kata.slug);
  return true;
}

void add_reset_command(CLI::App& app, Context& context) {
  struct Options {
    std::string slug;
    bool yes = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("reset", "Restore a kata's starting solution.cpp (yours is kept as a backup)");
  command->add_option("slug", options->slug, "The kata")->required();
  command->add_flag("--yes,-y", options->yes, "Do not ask for confirmation");
  command->callback([&context, options] { reset_with_confirmation(context, context.kata(options->slug), options->yes); });
}

}  // namespace checker::cli
