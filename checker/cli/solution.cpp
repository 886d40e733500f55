// kata solution <slug>: the reference solution and its notes; before a pass, only on request.
#include <fmt/format.h>

#include <iostream>

#include "cli/context.hpp"
#include "process/files.hpp"

namespace checker::cli {

void add_solution_command(CLI::App& app, Context& context) {
  struct Options {
    std::string slug;
    bool yes = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("solution", "Show a kata's reference solution and NOTES.md (asks first before you pass)");
  command->add_option("slug", options->slug, "The kata")->required();
  command->add_flag("--yes,-y", options->yes, "Show it without asking, even before you pass");
  command->callback([&context, options] {
    const auto& kata = context.kata(options->slug);
    const auto folder = context.workspace().solutions_dir() / kata.slug;
    const auto reference = process::read_file(folder / "solution.cpp");
    if (!reference) throw std::runtime_error(fmt::format("{} has no reference solution ({} is missing)", kata.slug,
                                                         (folder / "solution.cpp").string()));
    const auto found = context.progress().katas().find(kata.slug);
    const bool passed = found != context.progress().katas().end() && found->second.status == "pass";
    if (!passed &&
        !confirm(fmt::format("You have not passed {} yet; the hints (`kata hint {}`) keep the exercise. Show the "
                             "reference anyway?",
                             kata.slug, kata.slug),
                 options->yes)) {
      fmt::print("not shown\n");
      return;
    }
    fmt::print("// ===== solutions/{}/solution.cpp =====\n{}", kata.slug, *reference);
    if (const auto notes = process::read_file(folder / "NOTES.md"))
      fmt::print("\n===== solutions/{}/NOTES.md =====\n{}", kata.slug, *notes);
  });
}

}  // namespace checker::cli
