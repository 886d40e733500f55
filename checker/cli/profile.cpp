// kata profile <slug>: which lines of your file the time goes to, at the verdict size —
// sampled with perf (callgrind's instruction counts when perf is missing or not allowed).
#include <fmt/format.h>

#include "cli/context.hpp"
#include "pipeline/profile.hpp"

namespace checker::cli {

void add_profile_command(CLI::App& app, Context& context) {
  struct Options {
    std::string slug;
    std::string solution;
    bool baseline = false;
    std::string tool = "auto";
    int lines = 10;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("profile", "Show which lines of your solution take the time");
  command->add_option("slug", options->slug, "The kata")->required();
  command->add_option("--solution", options->solution, "Profile this file instead of katas/<slug>/solution.cpp")
      ->check(CLI::ExistingFile);
  command->add_flag("--baseline", options->baseline, "Profile the baseline instead");
  command->add_option("--tool", options->tool, "perf, callgrind or auto (perf, then callgrind)")
      ->check(CLI::IsMember({"auto", "perf", "callgrind"}));
  command->add_option("--lines", options->lines, "How many lines to show (default 10)")->check(CLI::PositiveNumber);
  command->callback([&context, options] {
    const auto& kata = context.kata(options->slug);
    const auto tool = options->tool == "perf"        ? pipeline::ProfileTool::perf
                      : options->tool == "callgrind" ? pipeline::ProfileTool::callgrind
                                                     : pipeline::ProfileTool::automatic;
    fmt::print(stderr, "… building and profiling about a second of calls at n = {}\n", kata.verdict_size);
    const auto run = pipeline::profile_lines(kata, context.workspace(), options->solution,
                                             context.workspace().work_label(options->solution), options->baseline, tool);
    if (!run.ok) {
      fmt::print(stderr, "kata profile: no profile for {}: {}\n", kata.slug, run.problem);
      context.exit_status = 2;
      return;
    }
    const auto& profile = run.profile;
    fmt::print("━━ {} — where the {} go in {} ({}, {} {}; {:.0f}% on lines of this file)\n", kata.slug, run.unit,
               run.shown_file, run.tool, profile.total, run.unit,
               100.0 * static_cast<double>(profile.in_file) / static_cast<double>(profile.total));
    int shown = 0;
    for (const auto& line : profile.lines) {
      if (shown++ == options->lines) break;
      const auto index = static_cast<std::size_t>(line.line - 1);
      fmt::print("  {:5.1f}%  {:>4} | {}\n", 100.0 * line.share, line.line,
                 index < run.source_lines.size() ? run.source_lines[index] : "");
    }
    fmt::print("the rest is outside this file's lines: the harness, input generation{}\n",
               run.tool == "perf" ? ", and library code whose caller perf could not see" : "");
    if (run.tool == "callgrind")
      fmt::print("(callgrind counts code inlined from headers at the header's line: it is missing here; perf sees through it)\n");
    for (const auto& command : run.commands) fmt::print("$ {}\n", command);
  });
}

}  // namespace checker::cli
