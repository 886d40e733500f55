// kata check <slug>: build, test, measure and explain the learner's fix.
#include <fmt/format.h>

#include <iostream>

#include "cli/context.hpp"
#include "pipeline/check.hpp"
#include "report/renderer.hpp"

namespace checker::cli {

void add_check_command(CLI::App& app, Context& context) {
  struct Options {
    std::string slug;
    std::string solution;
    std::string format = "text";
    bool plain = false;
    bool no_calibrate = false;
    bool full = false;
    bool deterministic = false;
    double predict = 0;
    double max_seconds = 40;
    int test_seconds = 60;
    int compile_seconds = static_cast<int>(build::kCompileTimeLimit.count());
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("check", "Build, test and measure your solution; report what was found");
  command->add_option("slug", options->slug, "The kata, e.g. string-concat")->required();
  command->add_option("--solution", options->solution, "Check this file instead of katas/<slug>/solution.cpp")
      ->check(CLI::ExistingFile);
  command->add_option("--format", options->format,
                      "text (default), json (docs/report-schema.md), md (for a pull request or a chat) or junit (for CI)")
      ->check(CLI::IsMember({"text", "json", "md", "junit"}));
  command->add_flag("--plain", options->plain, "No colour and no emoji (also: NO_COLOR, KATA_ASCII)");
  command->add_option("--predict", options->predict, "The speedup you expect: the report says how close you were")
      ->check(CLI::PositiveNumber);
  command->add_flag("--full", options->full, "Also the slower evidence: clang-tidy's performance-* checks and a per-line profile (capstone katas always profile)");
  command->add_flag("--deterministic", options->deterministic,
                    "Also count instructions and simulated cache misses under callgrind (identical on every run)");
  command->add_flag("--no-calibrate", options->no_calibrate,
                    "Judge against the catalogue's target without measuring the reference here");
  command->add_option("--max-seconds", options->max_seconds, "Cap on measuring time (default 40)")
      ->check(CLI::Range(5.0, 600.0));
  command->add_option("--test-seconds", options->test_seconds, "Time limit of the correctness tests (default 60)")
      ->check(CLI::Range(1, 3600));
  command->add_option("--compile-seconds", options->compile_seconds,
                      "Time limit of each compiler and linker run")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600));
  command->callback([&context, options] {
    const auto& kata = context.kata(options->slug);
    pipeline::CheckOptions check;
    check.solution_file = options->solution;
    check.label = context.workspace().work_label(options->solution);
    check.calibrate = !options->no_calibrate;
    check.full = options->full;
    check.deterministic = options->deterministic;
    check.test_time_limit = std::chrono::seconds(options->test_seconds);
    check.compile_time_limit = std::chrono::seconds(options->compile_seconds);
    check.plan.time_cap = std::chrono::seconds(static_cast<long>(options->max_seconds));
    if (options->predict > 0) check.predicted = options->predict;
    check.progress = [](const std::string& step) { std::cerr << "… " << step << "\n"; };
    const auto report = pipeline::run_check(kata, context.workspace(), check);

    const auto renderer = report::make_renderer(options->format, report::detect_text_style(options->plain));
    std::cout << renderer->render(report);

    // Progress is the learner's own file's; a --solution file is somebody else's attempt.
    if (options->solution.empty()) record_check(context, kata, report, check.predicted);
    context.exit_status = report::exit_code(report.verdict);
  });
}

}  // namespace checker::cli
