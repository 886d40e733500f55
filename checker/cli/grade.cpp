// kata grade --kata <slug> <submissions> [-o results/] [--shard i/n]: a class's files for one
// kata, each checked in a sandboxed child; kata grade --merge <results...>: shards joined.
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "cli/context.hpp"
#include "pipeline/calibration.hpp"
#include "process/files.hpp"
#include "workshop/grade.hpp"

namespace checker::cli {

namespace fs = std::filesystem;

void add_grade_command(CLI::App& app, Context& context) {
  struct Options {
    std::string slug;
    std::vector<std::string> inputs;
    std::string output = "results";
    std::string shard;
    bool merge = false;
    std::string junit;
    int wall_seconds = 600;
    int test_seconds = 60;
    int compile_seconds = static_cast<int>(build::kCompileTimeLimit.count());
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("grade", "Grade a class's submissions for one kata (instructors)");
  command->add_option("--kata", options->slug, "The kata the submissions solve");
  command->add_option("inputs", options->inputs,
                      "The submissions folder (a <learner>.cpp per learner, or a folder per learner with "
                      "<kata>.cpp or <kata>/solution.cpp); with --merge, the results folders")
      ->required();
  command->add_option("-o,--output", options->output,
                      "Results folder (a <learner>.json each); with --merge, the merged JSON file");
  command->add_option("--shard", options->shard, "Grade only shard i of n (e.g. 2/4), for several machines or CI runners");
  command->add_flag("--merge", options->merge, "Join the results folders of several shards into one file");
  command->add_option("--junit", options->junit, "With --merge: also write JUnit XML here (one test case per learner)");
  command->add_option("--wall-seconds", options->wall_seconds, "Time limit per submission (default 600)")
      ->check(CLI::Range(10, 7200));
  command->add_option("--test-seconds", options->test_seconds, "Time limit of each submission's correctness tests (default 60)")
      ->check(CLI::Range(1, 3600));
  command->add_option("--compile-seconds", options->compile_seconds,
                      "Time limit of each compiler and linker run")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600));
  command->callback([&context, options] {
    if (options->merge) {
      std::vector<fs::path> folders(options->inputs.begin(), options->inputs.end());
      const auto merged = workshop::merge_results(folders);
      const fs::path output = options->output == "results" ? fs::path("merged.json") : fs::path(options->output);
      std::ofstream(output) << merged.dump(2) << "\n";
      if (!options->junit.empty()) std::ofstream(options->junit) << workshop::results_as_junit(merged);
      fmt::print("{} results merged into {}{}\n", merged["results"].size(), output.string(),
                 options->junit.empty() ? "" : " and " + options->junit);
      return;
    }
    if (options->slug.empty()) throw UsageError("grade needs --kata <slug> (or --merge)");
    if (options->inputs.size() != 1) throw UsageError("grade takes one submissions folder");
    const auto& kata = context.kata(options->slug);
    const auto& workspace = context.workspace();
    std::vector<std::string> skipped;
    auto submissions = workshop::find_submissions(options->inputs.front(), kata.slug, skipped);
    for (const auto& reason : skipped) fmt::print(stderr, "skipped {}\n", reason);
    if (!options->shard.empty()) {
      try {
        const auto [index, count] = workshop::parse_shard(options->shard);
        submissions = workshop::shard_of(submissions, index, count);
      } catch (const std::invalid_argument& error) {
        throw UsageError(error.what());
      }
    }
    const fs::path results = fs::absolute(options->output);
    fs::create_directories(results);
    const auto sandbox = workshop::probe_sandbox(workspace.build_dir);
    fmt::print(stderr, "sandbox: user {}, network {}, cgroup {}\n", sandbox.user ? sandbox.user_name : "(same as grader)",
               sandbox.no_network ? "none" : "(shared)", sandbox.cgroup_parent.empty() ? "(none)" : sandbox.cgroup_parent.string());
    for (const auto& note : sandbox.notes) fmt::print(stderr, "  note: {}\n", note);

    // The reference is measured once for the class, not once per learner.
    fmt::print(stderr, "calibrating {} on this machine (once)\n", kata.slug);
    pipeline::calibrate(kata, workspace, measure::MeasurePlan{}, nullptr);
    const auto calibration = process::read_file(workspace.state_dir / "calibration.json");

    workshop::GradeLimits limits;
    limits.wall = std::chrono::seconds(options->wall_seconds);
    limits.cpu = std::chrono::seconds(options->wall_seconds * 3 / 2);
    limits.tests = std::chrono::seconds(options->test_seconds);
    limits.compile = std::chrono::seconds(options->compile_seconds);
    const fs::path self = fs::read_symlink("/proc/self/exe");
    int position = 0;
    for (const auto& submission : submissions) {
      ++position;
      fmt::print(stderr, "[{}/{}] {} …\n", position, submissions.size(), submission.learner);
      if (calibration) {
        fs::create_directories(results / submission.learner / "state");
        std::ofstream(results / submission.learner / "state" / "calibration.json") << *calibration;
      }
      nlohmann::json result;
      try {
        result = workshop::grade_one(submission, kata.slug, self, results, sandbox, limits);
      } catch (const std::exception& error) {
        // One submission the grader itself fails on must not stop the class's grading.
        result = {{"learner", submission.learner}, {"kata", kata.slug}, {"status", "error"},
                  {"reason", std::string("the grader failed on this submission: ") + error.what()}};
        process::write_file_atomically(results / (submission.learner + ".json"), result.dump(2) + "\n");
      }
      std::string speedup;
      if (result["speedup"].is_object())
        speedup = fmt::format(" {:.2f}x [{:.2f}, {:.2f}]", result["speedup"]["estimate"].get<double>(),
                              result["speedup"]["ci_low"].get<double>(), result["speedup"]["ci_high"].get<double>());
      fmt::print("{:<24} {:<13}{}  {}\n", submission.learner, result["status"].get<std::string>(), speedup,
                 result["reason"].get<std::string>().substr(0, 120));
      std::fflush(stdout);
    }
    if (!sandbox.cgroup_parent.empty()) {
      std::error_code ignored;
      fs::remove(sandbox.cgroup_parent, ignored);
    }
    fmt::print("{} submissions graded into {}\n", submissions.size(), results.string());
  });
}

}  // namespace checker::cli
