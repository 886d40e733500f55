// kata progress [--export]: where the learner stands, per kata; --export as JSON for a mentor.
#include <fmt/format.h>

#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/context.hpp"

namespace checker::cli {

void add_progress_command(CLI::App& app, Context& context) {
  auto export_json = std::make_shared<bool>(false);
  auto* command = app.add_subcommand("progress", "Your status, best speedup, hints used and last check per kata");
  command->add_flag("--export", *export_json, "Print it as JSON (for a mentor): your progress file plus who and when");
  command->callback([&context, export_json] {
    const auto& progress = context.progress();
    if (*export_json) {
      const char* user = std::getenv("USER");
      nlohmann::json document = {{"learner", user ? user : ""},
                                 {"exported_at", workshop::utc_now()},
                                 {"progress", nlohmann::json::parse(progress.to_json_text())}};
      std::cout << document.dump(2) << "\n";
      return;
    }
    fmt::print("{:<28} {:<13} {:>9} {:>7} {:>11}  {}\n", "kata", "status", "best", "hints", "predictions", "last check");
    int passed = 0;
    for (const auto& kata : context.catalogue().katas) {
      const auto found = progress.katas().find(kata.slug);
      const workshop::KataProgress empty;
      const auto& entry = found == progress.katas().end() ? empty : found->second;
      if (entry.status == "pass") ++passed;
      const std::string status = entry.status.empty() ? "-" : entry.status;
      const std::string best = entry.best_speedup ? fmt::format("{:.2f}x", *entry.best_speedup) : "-";
      fmt::print("{:<28} {:<13} {:>9} {:>7} {:>11}  {}\n", kata.slug, status, best,
                 fmt::format("{}/{}", entry.hints_revealed, kata.hints.size()), entry.predictions.size(),
                 entry.last_checked.empty() ? "-" : entry.last_checked);
    }
    fmt::print("\n{} of {} katas passed", passed, context.catalogue().katas.size());
    if (!progress.course().empty()) fmt::print("; course: {} (`kata next`)", progress.course());
    fmt::print("\n");
  });
}

}  // namespace checker::cli
