#include "pipeline/check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <future>
#include <random>
#include <sstream>

#include "process/files.hpp"
#include "analyze/correctness.hpp"
#include "analyze/detectors.hpp"
#include "analyze/evidence.hpp"
#include "analyze/machine_code.hpp"
#include "analyze/static_analysis.hpp"
#include "analyze/symbols.hpp"
#include "build/builder.hpp"
#include "build/pristine.hpp"
#include "build/starting_solution.hpp"
#include "measure/bandwidth.hpp"
#include "measure/machine.hpp"
#include "measure/scaling.hpp"
#include "pipeline/calibration.hpp"
#include "pipeline/profile.hpp"
#include "pipeline/ranking_memory.hpp"
#include "pipeline/source_guard.hpp"
#include "process/process.hpp"
#include "report/evidence.hpp"

namespace checker::pipeline {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;
using report::Verdict;

long long milliseconds_since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

std::string shown_path(const fs::path& path) {
  std::error_code error;
  const auto relative = fs::relative(fs::absolute(path), fs::current_path(), error);
  return error || relative.empty() || relative.string().starts_with("../..") ? path.string() : relative.string();
}

// The first `count` lines of `text`, with a marker when more were cut.
std::string first_lines(const std::string& text, std::size_t count) {
  std::istringstream in(text);
  std::string out;
  std::size_t taken = 0;
  for (std::string line; std::getline(in, line);) {
    if (taken++ == count) return out + "...";
    out += line + "\n";
  }
  if (!out.empty()) out.pop_back();
  return out;
}

void fail(report::Evidence& evidence, const std::string& reason, std::vector<std::string> details = {}) {
  evidence.verdict = Verdict::broken;
  evidence.verdict_reason = reason;
  evidence.problem_details = std::move(details);
}

report::Machine machine_facts(const Workspace& workspace) {
  const auto machine = measure::describe_machine();
  return {machine.cpu + (machine.virtualised ? " (virtual machine)" : ""), machine.cores,
          workspace.toolchain.describe(), workspace.toolchain.flags_line(), machine.kernel};
}

// "at most 40 s": before the first round only the cap is known; after it, the rounds so
// far say how long the remaining ones take at most (never beyond the cap).
std::string time_left_text(Clock::duration elapsed, int round, int rounds, std::chrono::seconds cap) {
  const double spent = std::chrono::duration<double>(elapsed).count();
  const double cap_left = std::max(0.0, static_cast<double>(cap.count()) - spent);
  if (round <= 1) return fmt::format("at most {:.0f} s", cap_left);
  const double per_round = spent / (round - 1);
  return fmt::format("at most {:.0f} s left", std::min(cap_left, per_round * (rounds - round + 1)));
}

// What one decided measurement says about the speedup; the caller adds what it knows
// beyond the measurement (calibration, an adjusted target, the learner's guess).
report::Speedup measured_speedup(const catalogue::KataSpec& kata, const measure::Measurement& measured,
                                 double target) {
  report::Speedup speedup;
  speedup.metric = std::string(catalogue::to_string(kata.metric));
  speedup.estimate = measured.judgement.speedup.estimate;
  speedup.low = measured.judgement.speedup.low;
  speedup.high = measured.judgement.speedup.high;
  speedup.target = target;
  speedup.catalogue_target = kata.target_speedup;
  speedup.baseline_ms = measured.baseline.median_ms;
  speedup.solution_ms = measured.solution.median_ms;
  speedup.baseline_allocations = measured.baseline.allocations_per_call;
  speedup.solution_allocations = measured.solution.allocations_per_call;
  speedup.rounds = measured.rounds;
  speedup.input_size = measured.size;
  if (kata.parallel_efficiency)
    speedup.target_note = fmt::format("the target is {:.0f}% parallel efficiency on {} cores ({:.2f} x {} = {:.2f}x)",
                                      *kata.parallel_efficiency * 100, kata.target_cores, *kata.parallel_efficiency,
                                      kata.target_cores, kata.target_speedup);
  return speedup;
}

Verdict to_verdict(measure::Outcome outcome) {
  switch (outcome) {
    case measure::Outcome::pass: return Verdict::pass;
    case measure::Outcome::not_yet: return Verdict::not_yet;
    default: return Verdict::inconclusive;
  }
}

// Builds, checks symbols and runs the tests; false (with evidence filled) when broken.
bool build_and_test(const catalogue::KataSpec& kata, const Workspace& workspace, const CheckOptions& options,
                    const fs::path& solution, report::Evidence& evidence, build::BuildResult& built) {
  const auto progress = [&](const std::string& step) { if (options.progress) options.progress(step); };
  progress("building " + evidence.solution_file);
  const auto build_started = Clock::now();
  built = build_in(workspace, kata, solution, options.label,
                   [&](const std::string& step) { progress("building: " + step); }, options.compile_time_limit);
  evidence.timings.build_ms = milliseconds_since(build_started);
  evidence.timings.rebuilt = !built.reused;
  evidence.notes.insert(evidence.notes.end(), built.notes.begin(), built.notes.end());
  evidence.bench_binary = built.bench_binary;
  evidence.solution_object = built.solution_object;
  evidence.staged_kata_dir = built.staged_kata_dir;
  const std::string solution_namespace = kata.cpp_namespace() + "::solution";
  // The symbol rule comes first: a replaced operator new also breaks the link, and the
  // learner should hear why, not see a linker's "multiple definition".
  const bool have_object = built.status == build::BuildResult::Status::built ||
                           built.status == build::BuildResult::Status::link_error;
  std::vector<std::string> symbol_problems;
  bool forbidden_symbol = false;
  if (have_object) {
    const auto symbols = analyze::check_solution_symbols(built.solution_object, solution_namespace);
    if (!symbols.ran) evidence.notes.push_back("symbol check skipped: " + symbols.problem);
    for (const auto& violation : symbols.violations) {
      symbol_problems.push_back(violation.symbol + ": " + violation.reason);
      forbidden_symbol = forbidden_symbol || !violation.reason.starts_with("is defined outside");
    }
  }
  // A misplaced entry function is a link error first; a replaced allocator is a rule broken.
  if (forbidden_symbol || (!symbol_problems.empty() && built.status == build::BuildResult::Status::built)) {
    fail(evidence, "your solution defines symbols it may not: only namespace " + solution_namespace + " is yours",
         symbol_problems);
    return false;
  }
  switch (built.status) {
    case build::BuildResult::Status::built: break;
    case build::BuildResult::Status::compile_error:
      fail(evidence, "your solution does not compile", {first_lines(built.first_errors(5), 12)});
      return false;
    case build::BuildResult::Status::link_error:
      fail(evidence, fmt::format("your solution does not link: is {}::{} defined, with the signature kata.hpp declares?",
                                 solution_namespace, kata.entry),
           {first_lines(built.first_errors(4), 8)});
      evidence.problem_details.insert(evidence.problem_details.end(), symbol_problems.begin(), symbol_problems.end());
      return false;
    case build::BuildResult::Status::setup_error:
      fail(evidence, "the checker could not prepare the build", {first_lines(built.log, 12)});
      return false;
  }

  progress("testing against the baseline");
  const auto tests = analyze::run_correctness_tests(built.test_binary, options.test_time_limit);
  evidence.timings.test_ms = tests.duration.count();
  switch (tests.status) {
    case analyze::CorrectnessResult::Status::passed: return true;
    case analyze::CorrectnessResult::Status::failed: {
      std::vector<std::string> details;
      for (std::size_t i = 0; i < tests.failures.size() && i < 3; ++i)
        details.push_back(tests.failures[i].test + ":\n" + first_lines(tests.failures[i].message, 12));
      // GoogleTest catches what escapes a test and says so: an exception is not a wrong value.
      const auto threw = std::count_if(tests.failures.begin(), tests.failures.end(), [](const auto& failure) {
        return failure.message.find("C++ exception with description") != std::string::npos ||
               failure.message.find("Unknown C++ exception thrown") != std::string::npos;
      });
      if (threw > 0)
        fail(evidence, fmt::format("your solution throws: an exception escaped it in {} of {} tests", threw,
                                   tests.tests_run),
             details);
      else
        fail(evidence, fmt::format("wrong results: {} of {} tests differ from the baseline", tests.failures.size(),
                                   tests.tests_run),
             details);
      return false;
    }
    case analyze::CorrectnessResult::Status::crashed:
      fail(evidence, "your solution crashed in the correctness tests", {first_lines(tests.problem, 10)});
      return false;
    case analyze::CorrectnessResult::Status::timed_out:
      fail(evidence, "your solution hangs: " + tests.problem);
      return false;
  }
  return false;
}

// What the compiled loops of the learner's file do, from the object that is measured.
void add_compiled_loops(const catalogue::KataSpec& kata, const build::BuildResult& built, report::Evidence& evidence) {
  std::string problem;
  const auto functions = analyze::disassemble(built.solution_object, "katas/" + kata.slug + "/solution.cpp", problem);
  if (functions.empty()) {
    evidence.notes.push_back("machine code not analysed: " + problem);
    return;
  }
  for (const auto& function : functions)
    for (const auto& loop : analyze::find_loops(function))
      if (loop.first_line > 0)
        evidence.compiled_loops.push_back({loop.first_line, loop.last_line, analyze::describe(loop)});
}

void add_static_analysis(const build::BuildResult& built, report::Evidence& evidence,
                         const std::function<void(const std::string&)>& progress) {
  progress("clang-tidy performance-* checks");
  const auto tidy = analyze::run_clang_tidy(built.staged_kata_dir / "solution.cpp",
                                            {built.staged_kata_dir, built.staged_kata_dir.parent_path() / "common" / "include"});
  if (!tidy.ran) {
    evidence.notes.push_back(tidy.problem);
    return;
  }
  for (const auto& warning : tidy.warnings)
    evidence.static_warnings.push_back({warning.check, warning.line, warning.message, analyze::severity_of_check(warning.check)});
}

// Instruction and cache-miss counts under callgrind. For an instruction-bound kata they
// decide the verdict (the same on every run); otherwise they inform and time decides.
void add_deterministic_counts(const catalogue::KataSpec& kata, const fs::path& bench_binary, const CheckOptions& options,
                              report::Evidence& evidence) {
  if (options.progress) options.progress("counting instructions under callgrind");
  const auto started = Clock::now();
  const auto counts = count_deterministically(kata, bench_binary, options.plan.seed.value_or(1), std::chrono::seconds(300));
  evidence.timings.measure_ms += milliseconds_since(started);
  if (!counts.ok) {
    evidence.notes.push_back("deterministic counts not available: " + counts.problem);
    return;
  }
  evidence.deterministic = report::DeterministicCounts{
      counts.seed, counts.size, counts.baseline.instructions, counts.solution.instructions, counts.baseline.d1_misses,
      counts.solution.d1_misses, counts.baseline.ll_misses, counts.solution.ll_misses, kata.deterministic_judges};
  if (!kata.deterministic_judges) {
    evidence.notes.push_back("the instruction counts inform only: this kata is judged by time (kata.json)");
    return;
  }
  const double ratio = static_cast<double>(counts.baseline.instructions) / static_cast<double>(counts.solution.instructions);
  const double target = evidence.speedup ? evidence.speedup->target : kata.target_speedup;
  evidence.notes.push_back("the timed verdict was: " + evidence.verdict_reason);
  evidence.verdict = ratio >= target ? Verdict::pass : Verdict::not_yet;
  evidence.verdict_reason = fmt::format("deterministic: {} fewer instructions per call ({} → {}), the target is {}",
                                        report::times_text(ratio), counts.baseline.instructions,
                                        counts.solution.instructions, report::times_text(target));
}

// Scaling evidence, for katas that register enough sizes to show a trend: one quick run
// over all sizes. It informs the report (and scaling findings); the verdict is already made.
void add_scaling(const catalogue::KataSpec& kata, const fs::path& bench_binary, const CheckOptions& options,
                 report::Evidence& evidence) {
  if (!options.scaling || kata.sizes.size() < 3 || kata.metric == catalogue::Metric::memory_growth) return;
  if (options.progress) options.progress("measuring how the cost grows with n");
  const auto started = Clock::now();
  std::string problem;
  const auto scaling = measure::measure_scaling(bench_binary, kata, options.plan.seed.value_or(std::random_device{}()),
                                                std::chrono::seconds(20), problem);
  evidence.timings.measure_ms += milliseconds_since(started);
  if (!scaling) {
    evidence.notes.push_back("scaling not measured: " + problem);
    return;
  }
  const auto growth = [](const measure::GrowthCurve& curve) {
    return report::Growth{curve.big_o, curve.per_doubling, curve.points};
  };
  evidence.scaling = report::Scaling{growth(scaling->baseline), growth(scaling->solution)};
  const analyze::ScalingEvidence seen{scaling->solution.big_o, scaling->solution.per_doubling, scaling->baseline.big_o,
                                      scaling->baseline.per_doubling};
  for (const auto& finding : kata.findings)
    if (const auto sentence = analyze::scaling_finding(finding.detect, seen))
      evidence.measured_findings[finding.id] = *sentence;
}

// Where the time goes per line of the learner's file: with --full, and on every check of a
// ranked kata (its report ranks the findings by these shares).
void add_line_profile(const catalogue::KataSpec& kata, const Workspace& workspace, const CheckOptions& options,
                      report::Evidence& evidence) {
  if (!options.full && !(kata.ranked_by_profile && options.profile)) return;
  if (options.progress) options.progress("profiling your lines (perf, or callgrind)");
  const auto started = Clock::now();
  const auto profile = profile_lines(kata, workspace, options.solution_file, options.label, false, ProfileTool::automatic);
  evidence.timings.measure_ms += milliseconds_since(started);
  if (!profile.ok) {
    evidence.notes.push_back("no per-line profile: " + profile.problem);
    return;
  }
  evidence.profile_tool = profile.tool;
  for (const auto& line : profile.profile.lines) evidence.line_shares[line.line] = line.share;
  if (kata.ranked_by_profile) evidence.previous_shares = previous_ranking(workspace, kata.slug, options.label);
}

constexpr const char* kNoChangeReason =
    "no change yet: your file compiles to the same machine code as the starting solution "
    "(comments and layout change nothing), so there is nothing to measure";

// The starting solution's text (the pristine baseline in the solution's namespace, as
// `kata reset` writes it); nullopt when the pristine copy cannot be read.
std::optional<std::string> starting_text(const catalogue::KataSpec& kata, const Workspace& workspace) {
  try {
    const auto pristine = build::read_pristine(workspace.repo_root, kata.slug);
    for (const auto& fixed : pristine.files)
      if (fixed.relative_path == "katas/" + kata.slug + "/baseline.cpp") return build::starting_solution(kata, fixed.content);
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

// True when `file` is the starting solution to the letter.
bool is_starting_solution(const catalogue::KataSpec& kata, const Workspace& workspace, const fs::path& file) {
  const auto starting = starting_text(kata, workspace);
  return starting && process::read_file(file) == *starting;
}

// True when the learner's file compiles to exactly the machine code of the starting
// solution (the baseline in the solution's namespace): a reformatted or re-commented
// baseline is no change, and measuring it could only give the noise a chance.
bool unchanged_from_start(const catalogue::KataSpec& kata, const Workspace& workspace,
                          const build::BuildResult& built) {
  const auto starting_or_none = starting_text(kata, workspace);
  const auto learner = process::read_file(built.staged_kata_dir / "solution.cpp");
  if (!starting_or_none || !learner) return false;
  const std::string& starting = *starting_or_none;
  if (*learner == starting) return true;
  const fs::path starting_file = workspace.work_dir(kata.slug, "starting") / "starting-solution.cpp";
  try {
    if (process::read_file_or_empty(starting_file) != starting) process::write_file_atomically(starting_file, starting);
  } catch (const std::exception&) {
    return false;
  }
  build::BuildRequest request{.kata = kata,
                              .toolchain = workspace.toolchain,
                              .repo_root = workspace.repo_root,
                              .solution_file = starting_file,
                              .work_dir = workspace.work_dir(kata.slug, "starting"),
                              .object_cache = workspace.object_cache(),
                              .object_only = true};
  const auto start = build::build_solution(request);
  if (start.status != build::BuildResult::Status::built) return false;
  std::string problem;
  const auto theirs = analyze::code_fingerprint(built.solution_object, problem);
  const auto ours = analyze::code_fingerprint(start.solution_object, problem);
  return theirs && ours && *theirs == *ours;
}

}  // namespace

report::Report run_check(const catalogue::KataSpec& kata, const Workspace& workspace, const CheckOptions& options) {
  const auto started = Clock::now();
  const auto progress = [&](const std::string& step) { if (options.progress) options.progress(step); };
  const fs::path solution =
      workspace.solution_file(kata.slug, options.solution_file);
  report::Evidence evidence;
  evidence.solution_file = shown_path(solution);
  evidence.solution_lines = process::read_lines(solution);
  evidence.repo_root = workspace.repo_root;
  evidence.machine = machine_facts(workspace);
  for (const char* tool : {"perf", "valgrind", "objdump", "callgrind_annotate"})
    evidence.tools[tool] = process::find_program(tool).has_value();
  std::vector<fs::path> fixed_files;
  for (const auto& relative : build::pristine_paths(workspace.repo_root, kata.slug))
    fixed_files.push_back(workspace.repo_root / relative);
  const SourceGuard guard(fixed_files);
  const auto finish = [&] {
    if (const auto restored = guard.restore(); !restored.empty()) {
      std::vector<std::string> names;
      for (const auto& path : restored) names.push_back(shown_path(path) + " (restored)");
      fail(evidence, "while it ran, your code wrote to the kata's own files", names);
    }
    evidence.timings.total_ms = milliseconds_since(started);
    auto report = report::assemble_report(kata, evidence);
    if (report.ranking) remember_ranking(workspace, kata.slug, options.label, *report.ranking);
    return report;
  };

  build::BuildResult built;
  // The structural detectors need only the source: they run while the build and tests do.
  std::future<analyze::DetectorRun> detectors;
  if (fs::exists(solution))
    detectors = std::async(std::launch::async, [&] {
      return analyze::run_detectors(kata, solution,
                                    {workspace.katas_dir() / kata.slug, workspace.katas_dir() / "common" / "include"},
                                    options.compile_time_limit);
    });
  const bool correct = build_and_test(kata, workspace, options, solution, evidence, built);
  if (detectors.valid()) {
    const auto found = detectors.get();
    evidence.detectors_ran = found.available;
    evidence.detectors_problem = found.problem;
    evidence.detector_lines = found.lines;
    if (!found.available) evidence.notes.push_back(found.problem);
  }
  if (!correct) return finish();
  add_compiled_loops(kata, built, evidence);
  if (options.full) add_static_analysis(built, evidence, progress);

  if (unchanged_from_start(kata, workspace, built)) {
    evidence.verdict = Verdict::not_yet;
    evidence.unchanged_from_start = true;
    evidence.verdict_reason = kNoChangeReason;
    add_scaling(kata, built.bench_binary, options, evidence);  // how the baseline grows, for the findings
    add_line_profile(kata, workspace, options, evidence);       // where the starting code spends its time
    return finish();
  }

  if (kata.cores_needed > evidence.machine.cores) {
    evidence.verdict = Verdict::inconclusive;
    evidence.verdict_reason = fmt::format("this kata needs {} cores to show its effect; this machine has {}",
                                          kata.cores_needed, evidence.machine.cores);
    return finish();
  }

  std::optional<Calibration> calibration;
  if (options.calibrate) calibration = calibrate(kata, workspace, options.plan, options.progress);
  const Target target = choose_target(kata, calibration);
  if (!target.reachable) {
    evidence.verdict = Verdict::inconclusive;
    evidence.verdict_reason = target.note;
    return finish();
  }

  const auto measure_started = Clock::now();
  const auto measured = measure::measure_speedup(
      built.bench_binary, kata, target.speedup, options.plan, [&](int round, int rounds) {
        progress(fmt::format("measuring: round {} of at most {} ({})", round, rounds,
                             time_left_text(Clock::now() - measure_started, round, rounds, options.plan.time_cap)));
      });
  evidence.timings.measure_ms = milliseconds_since(measure_started);
  if (measured.status == measure::Measurement::Status::broken) {
    fail(evidence, "your solution failed while being measured", {measured.problem});
    return finish();
  }
  if (measured.status == measure::Measurement::Status::failed) {
    evidence.verdict = Verdict::inconclusive;
    evidence.verdict_reason = "could not measure: " + measured.problem;
    return finish();
  }
  evidence.verdict = to_verdict(measured.judgement.outcome);
  evidence.verdict_reason = measured.judgement.reason;
  report::Speedup speedup = measured_speedup(kata, measured, target.speedup);
  speedup.target_adjusted = target.adjusted;
  if (!target.note.empty())
    speedup.target_note = speedup.target_note.empty() ? target.note : speedup.target_note + "; " + target.note;
  if (calibration) {
    speedup.reference_speedup = calibration->reference_speedup;
    speedup.reference_allocations = calibration->allocations_per_call;
  }
  if (measured.judgement.null_ratio) speedup.null_ratio = measured.judgement.null_ratio->estimate;
  speedup.predicted = options.predicted;
  evidence.speedup = speedup;

  const analyze::MeasuredEvidence counted{measured.solution.allocations_per_call,
                                          measured.baseline.allocations_per_call, kata.verdict_size};
  for (const auto& finding : kata.findings)
    if (const auto sentence = analyze::measured_finding(finding.detect, counted))
      evidence.measured_findings[finding.id] = *sentence;
  add_scaling(kata, built.bench_binary, options, evidence);
  add_line_profile(kata, workspace, options, evidence);
  if (options.full && kata.bound == "memory" && measured.solution.bytes_per_second > 0) {
    progress("reading this machine's memory bandwidth (once per machine)");
    evidence.bandwidth = report::Bandwidth{measured.solution.bytes_per_second,
                                           measure::read_bandwidth(workspace.state_dir / "machine.json")};
  }
  if (options.deterministic) add_deterministic_counts(kata, built.bench_binary, options, evidence);
  return finish();
}

report::Report measure_prebuilt(const catalogue::KataSpec& kata, const Workspace& workspace,
                                const fs::path& bench_binary, const measure::MeasurePlan& plan,
                                const fs::path& source) {
  const auto started = Clock::now();
  report::Report report;
  report.kata = kata.slug;
  report.title = kata.title;
  report.solution_file = bench_binary.string();
  report.machine = machine_facts(workspace);
  const auto done = [&] {
    report.timings.total_ms = report.timings.measure_ms = milliseconds_since(started);
    return report;
  };
  if (!fs::exists(bench_binary)) {
    report.verdict = Verdict::broken;
    report.verdict_reason = "no prebuilt benchmark " + bench_binary.string() +
                            ": build it first (cmake --build --preset release --target " +
                            bench_binary.filename().string() + ")";
    return done();
  }
  if (!source.empty() && is_starting_solution(kata, workspace, source)) {
    report.verdict = Verdict::not_yet;
    report.verdict_reason = kNoChangeReason;
    return done();
  }
  if (kata.cores_needed > report.machine.cores) {
    report.verdict = Verdict::inconclusive;
    report.verdict_reason = fmt::format("this kata needs {} cores; this machine has {}", kata.cores_needed,
                                        report.machine.cores);
    return done();
  }
  const auto measured = measure::measure_speedup(bench_binary, kata, kata.target_speedup, plan, {});
  if (measured.status != measure::Measurement::Status::decided) {
    report.verdict = measured.status == measure::Measurement::Status::broken ? Verdict::broken : Verdict::inconclusive;
    report.verdict_reason = measured.problem;
    return done();
  }
  report.verdict = to_verdict(measured.judgement.outcome);
  report.verdict_reason = measured.judgement.reason;
  report.speedup = measured_speedup(kata, measured, kata.target_speedup);
  return done();
}

}  // namespace checker::pipeline
