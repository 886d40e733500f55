// kata list: the course, in order, with the learner's status.
#include <fmt/format.h>

#include "cli/context.hpp"
#include "report/evidence.hpp"

namespace checker::cli {

void add_list_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("list", "List the katas in course order, with your progress");
  command->callback([&context] {
    const auto& katas = context.catalogue().katas;
    fmt::print("{:<3} {:<18} {:<16} {:<8} {:<9} {}\n", "#", "track", "kata", "target", "status", "title");
    int number = 0;
    for (const auto& kata : katas) {
      const auto& progress = context.progress().kata(kata.slug);
      std::string status = progress.status.empty() ? "-" : progress.status;
      if (progress.best_speedup) status += " " + report::times_text(*progress.best_speedup);
      fmt::print("{:<3} {:<18} {:<16} {:<8} {:<9} {}\n", ++number, kata.track, kata.slug,
                 report::times_text(kata.target_speedup), status, kata.title);
    }
    fmt::print("\nStart with `./kata show {}`, then edit its solution.cpp and run `./kata check {}`.\n",
               katas.empty() ? "<kata>" : katas.front().slug, katas.empty() ? "<kata>" : katas.front().slug);
  });
}

}  // namespace checker::cli
