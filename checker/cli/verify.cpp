// kata verify [slug...] [--ci] [--prebuilt]: the course's own lint. Every kata must fail
// while unsolved, pass with its reference and every alt-*, and fail with every partial-*.
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <optional>
#include <sstream>
#include <thread>

#include "process/files.hpp"
#include "build/pristine.hpp"
#include "cli/context.hpp"
#include "pipeline/calibration.hpp"
#include "pipeline/check.hpp"
#include "report/evidence.hpp"

namespace checker::cli {

namespace {

namespace fs = std::filesystem;

struct Variant {
  std::string name;  // starting, reference, alt-x, partial-y
  fs::path file;
  bool should_pass = false;
};

// The benchmark executable the CMake build makes for a variant (cmake/Kata.cmake's names).
fs::path prebuilt_bench(const catalogue::KataSpec& kata, const pipeline::Workspace& workspace, const Variant& variant) {
  const std::string target = variant.name == "starting" ? "learner" : variant.name;
  return workspace.build_dir / "katas" / ("kata_" + kata.slug + "_" + target + "_bench");
}

// The baseline itself, renamed into the solution's namespace: the laziest "solution".
fs::path baseline_copy(const catalogue::KataSpec& kata, const pipeline::Workspace& workspace) {
  std::string source = process::read_file_or_empty(kata.directory / "baseline.cpp");
  const std::string from = kata.cpp_namespace() + "::baseline", to = kata.cpp_namespace() + "::solution";
  for (auto at = source.find(from); at != std::string::npos; at = source.find(from, at + to.size()))
    source.replace(at, from.size(), to);
  const fs::path file = workspace.work_dir(kata.slug, "verify-baseline-copy") / "baseline-copy.cpp";
  process::write_file_atomically(file, source);
  return file;
}

// Spins one core while alive: `verify --load-half` checks that a busy machine gives
// INCONCLUSIVE or the right verdict, never a wrong one.
class CoreLoad {
 public:
  CoreLoad() : thread_([this] {
    while (!stop_.load(std::memory_order_relaxed)) spins_ = spins_ + 1;
  }) {}
  ~CoreLoad() {
    stop_ = true;
    thread_.join();
  }

 private:
  std::atomic<bool> stop_{false};
  volatile std::uint64_t spins_ = 0;
  std::thread thread_;
};

std::vector<Variant> variants_of(const catalogue::KataSpec& kata, const pipeline::Workspace& workspace,
                                 bool with_baseline_copy) {
  std::vector<Variant> variants = {{"starting", kata.directory / "solution.cpp", false},
                                   {"reference", workspace.solutions_dir() / kata.slug / "solution.cpp", true}};
  if (with_baseline_copy) variants.push_back({"baseline-copy", baseline_copy(kata, workspace), false});
  std::vector<fs::path> others;
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(workspace.solutions_dir() / kata.slug, ignored))
    if (entry.path().extension() == ".cpp" && entry.path().filename() != "solution.cpp") others.push_back(entry.path());
  std::sort(others.begin(), others.end());
  for (const auto& file : others) {
    const auto stem = file.stem().string();
    if (stem.starts_with("alt-")) variants.push_back({stem, file, true});
    if (stem.starts_with("partial-")) variants.push_back({stem, file, false});
  }
  return variants;
}

std::string speedup_text(const report::Report& report) {
  if (!report.speedup) return "-";
  const auto& s = *report.speedup;
  return fmt::format("{} [{}, {}]", report::times_text(s.estimate), report::times_text(s.low), report::times_text(s.high));
}

}  // namespace

void add_verify_command(CLI::App& app, Context& context) {
  struct Options {
    std::vector<std::string> slugs;
    bool ci = false;
    int runs = 1;
    bool load_half = false;
    bool baseline_copy = false;
    bool prebuilt = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("verify", "Maintainers: check that every kata fails unsolved and passes solved");
  command->add_option("slugs", options->slugs, "Katas to verify (default: all)");
  command->add_flag("--ci", options->ci,
                    "Starting solution and reference only; fail only on confident wrong verdicts (INCONCLUSIVE is counted, not fatal)");
  command->add_flag("--prebuilt", options->prebuilt,
                    "Measure the benchmarks the CMake build made (no staging, no tests: run CTest for those)");
  command->add_option("--runs", options->runs, "Check every variant this many times")->check(CLI::Range(1, 50));
  command->add_flag("--load-half", options->load_half,
                    "Spin one core during the second half of the runs (verdicts must stay right or say INCONCLUSIVE)");
  command->add_flag("--baseline-copy", options->baseline_copy,
                    "Also check the baseline copied into the solution's namespace (must not pass)");
  command->callback([&context, options] {
    const auto& workspace = context.workspace();
    int wrong = 0, inconclusive = 0, checks = 0, catalogue_problems = 0;
    for (const auto& error : context.catalogue().errors) {
      fmt::print("INVALID  {}\n", error.what());
      ++catalogue_problems;
    }
    std::vector<const catalogue::KataSpec*> katas;
    if (options->slugs.empty()) {
      for (const auto& kata : context.catalogue().katas) katas.push_back(&kata);
    } else {
      for (const auto& slug : options->slugs) katas.push_back(&context.kata(slug));
    }
    std::vector<std::string> slugs;
    for (const auto& kata : context.catalogue().katas) slugs.push_back(kata.slug);
    for (const auto& stale : build::stale_manifest_entries(workspace.repo_root, slugs)) {
      fmt::print("STALE    katas/PRISTINE does not match {} (run `kata pristine --update`)\n", stale);
      ++catalogue_problems;
    }

    fmt::print("{} ({}), {}\n\n", workspace.toolchain.describe(), workspace.toolchain.flags_line(),
               workspace.build_dir.string());
    fmt::print("{:<18} {:<28} {:<9} {:<13} {:<22} {:<7} {:>6}\n", "kata", "variant", "expected", "verdict",
               "speedup [95%]", "target", "time");
    std::vector<std::string> summary;  // with --runs > 1: median and spread per variant
    for (const auto* kata : katas) {
      auto variants = variants_of(*kata, workspace, options->baseline_copy && !options->prebuilt);
      if (options->ci)  // the starting solution and the reference (and the baseline copy when asked)
        std::erase_if(variants, [](const Variant& v) { return v.name.starts_with("alt-") || v.name.starts_with("partial-"); });
      for (const auto& variant : variants) {
        std::vector<double> estimates;
        for (int run = 0; run < options->runs; ++run) {
          std::optional<CoreLoad> load;
          const bool loaded = options->load_half && run >= options->runs / 2;
          if (loaded) load.emplace();
          pipeline::CheckOptions check;
          check.solution_file = variant.file;
          check.label = "verify-" + variant.name;
          check.calibrate = false;
          check.scaling = false;  // verify judges verdicts only
          check.profile = false;
          const auto report = options->prebuilt
                                  ? pipeline::measure_prebuilt(*kata, workspace, prebuilt_bench(*kata, workspace, variant), check.plan,
                                                               variant.file)
                                  : pipeline::run_check(*kata, workspace, check);
          load.reset();
          ++checks;
          const bool passed = report.verdict == report::Verdict::pass;
          std::string mark = "ok";
          if (report.verdict == report::Verdict::inconclusive) {
            mark = "??";
            ++inconclusive;
          } else if (report.verdict == report::Verdict::broken || passed != variant.should_pass) {
            mark = "WRONG";
            ++wrong;
          }
          fmt::print("{:<18} {:<28} {:<9} {:<13} {:<22} {:<7} {:>5.1f}s {}{}\n", kata->slug, variant.name,
                     variant.should_pass ? "pass" : "not pass", report::verdict_title(report.verdict),
                     speedup_text(report), report::times_text(kata->target_speedup),
                     static_cast<double>(report.timings.total_ms) / 1e3, mark, loaded ? " (core loaded)" : "");
          if (mark == "WRONG") fmt::print("    {}\n", report.verdict_reason);
          for (const auto& detail : report.problem_details) fmt::print("    {}\n", detail);
          std::fflush(stdout);
          if (report.speedup) estimates.push_back(report.speedup->estimate);
          if (variant.name == "reference" && report.speedup && report.verdict == report::Verdict::pass)
            pipeline::store_calibration(*kata, workspace,
                                        {report.speedup->estimate, report.speedup->low, report.speedup->high, false,
                                         report.speedup->solution_allocations});
        }
        if (options->runs > 1 && !estimates.empty()) {
          std::sort(estimates.begin(), estimates.end());
          summary.push_back(fmt::format("{:<18} {:<28} median {} of {} runs, range {} to {}", kata->slug, variant.name,
                                        report::times_text(estimates[estimates.size() / 2]), estimates.size(),
                                        report::times_text(estimates.front()), report::times_text(estimates.back())));
        }
      }
    }
    if (!summary.empty()) {
      fmt::print("\nspeedup over the runs:\n");
      for (const auto& line : summary) fmt::print("{}\n", line);
    }
    fmt::print("\n{} checks: {} wrong, {} inconclusive\n", checks, wrong, inconclusive);
    if (catalogue_problems > 0)
      fmt::print("{} catalogue problems (INVALID or STALE above): the catalogue must be fixed first\n",
                 catalogue_problems);
    const bool failed = wrong > 0 || catalogue_problems > 0 || (!options->ci && inconclusive > 0);
    context.exit_status = failed ? 1 : 0;
  });
}

}  // namespace checker::cli
