// kata hint <slug> [N]: hints one at a time, from a nudge to the recipe; remembered.
#include <fmt/format.h>

#include "cli/context.hpp"

namespace checker::cli {

void add_hint_command(CLI::App& app, Context& context) {
  struct Options {
    std::string slug;
    int number = 0;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("hint", "Reveal the next hint of a kata (or hint N)");
  command->add_option("slug", options->slug, "The kata")->required();
  command->add_option("N", options->number, "Show hint N (1-based) instead of the next one")->check(CLI::PositiveNumber);
  command->callback([&context, options] {
    const std::string& slug = options->slug;
    const int number = options->number;
    const auto& kata = context.kata(slug);
    auto& progress = context.progress().kata(kata.slug);
    const int count = static_cast<int>(kata.hints.size());
    int shown = number;
    if (shown == 0) shown = std::min(progress.hints_revealed + 1, count);
    if (shown > count) throw UsageError(fmt::format("{} has {} hints", kata.slug, count));
    for (int i = 1; i <= shown; ++i) {
      if (number != 0 && i != shown) continue;
      fmt::print("Hint {}/{}: {}\n", i, count, kata.hints[static_cast<std::size_t>(i - 1)]);
    }
    if (shown > progress.hints_revealed) {
      progress.hints_revealed = shown;
      context.progress().save();
    }
    if (shown < count) fmt::print("(`./kata hint {}` again for the next one)\n", kata.slug);
  });
}

}  // namespace checker::cli
