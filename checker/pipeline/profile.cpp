#include "pipeline/profile.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "process/files.hpp"
#include "build/builder.hpp"
#include "process/process.hpp"
#include "report/model.hpp"

namespace checker::pipeline {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

std::string shell_line(const std::vector<std::pair<std::string, std::string>>& environment,
                       const std::string& program, const std::vector<std::string>& args) {
  report::CommandLine command{environment, {program}};
  command.argv.insert(command.argv.end(), args.begin(), args.end());
  return command.to_shell();
}

// Explicit cache geometry: valgrind mis-detects it in VMs, and explicit sizes make the
// miss counts the same on every machine. The tunable keeps memcpy off `rep movsb`, whose
// bytes callgrind would count as instructions one by one.
const std::vector<std::pair<std::string, std::string>> kCallgrindEnvironment = {
    {"GLIBC_TUNABLES", "glibc.cpu.x86_rep_movsb_threshold=4294967295"}};

std::vector<std::string> callgrind_args(const fs::path& output, const fs::path& bench, const std::string& side,
                                        std::size_t size, std::uint64_t seed, int iterations) {
  return {"--tool=callgrind", "--collect-atstart=no", "--cache-sim=yes", "--I1=32768,8,64", "--D1=32768,8,64",
          "--LL=2097152,16,64", "--callgrind-out-file=" + output.string(), bench.string(), "--kata_run=" + side,
          "--kata_size=" + std::to_string(size), "--kata_seed=" + std::to_string(seed),
          "--kata_iterations=" + std::to_string(iterations)};
}

// About a second of calls: one timed call first says how long a call takes.
int iterations_for_a_second(const fs::path& bench, const std::string& side, std::size_t size) {
  const auto started = Clock::now();
  const auto probe = process::run({.program = bench.string(),
                                   .args = {"--kata_run=" + side, "--kata_size=" + std::to_string(size), "--kata_iterations=1"},
                                   .limits = {.wall_time = std::chrono::seconds(30)}});
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  if (!probe.succeeded() || seconds <= 0) return 3;
  return std::clamp(static_cast<int>(1.0 / seconds), 3, 2000);
}

}  // namespace

LineProfileRun profile_lines(const catalogue::KataSpec& kata, const Workspace& workspace, const fs::path& solution_file,
                             const std::string& label, bool baseline, ProfileTool tool) {
  LineProfileRun run;
  const fs::path solution = workspace.solution_file(kata.slug, solution_file);
  const auto built = build_in(workspace, kata, solution, label);
  if (built.status != build::BuildResult::Status::built) {
    run.problem = built.status == build::BuildResult::Status::compile_error ? "it does not compile:\n" + built.first_errors(5)
                                                                             : "it does not build:\n" + built.first_errors(5);
    return run;
  }
  const std::string file_name = baseline ? "baseline.cpp" : "solution.cpp";
  const std::string suffix = "katas/" + kata.slug + "/" + file_name;
  run.shown_file = baseline ? suffix : solution.string();
  run.source_lines = process::read_lines(built.staged_kata_dir / file_name);
  const std::string side = baseline ? "baseline" : "solution";
  const fs::path work = built.bench_binary.parent_path();
  const int iterations = iterations_for_a_second(built.bench_binary, side, kata.verdict_size);
  const std::vector<std::string> program_args = {"--kata_run=" + side, "--kata_size=" + std::to_string(kata.verdict_size),
                                                 "--kata_iterations=" + std::to_string(iterations)};

  if (tool != ProfileTool::callgrind) {
    if (!process::find_program("perf")) {
      run.problem = "perf is not installed (Debian package linux-perf)";
    } else {
      const fs::path data = work / "perf.data";
      std::vector<std::string> record = {"record", "-e", "cpu-clock", "-F", "1000", "--call-graph=dwarf,16384", "-o", data.string(), "--",
                                         built.bench_binary.string()};
      record.insert(record.end(), program_args.begin(), program_args.end());
      run.commands.push_back(shell_line({}, "perf", record));
      const auto recorded = process::run({.program = "perf", .args = record, .limits = {.wall_time = std::chrono::seconds(120)}});
      const std::vector<std::string> script = {"script", "-i", data.string(), "-F", "ip,sym,symoff", "--no-demangle"};
      const auto samples = recorded.succeeded()
                               ? process::run({.program = "perf", .args = script,
                                               .limits = {.wall_time = std::chrono::seconds(120), .max_output_bytes = 256 << 20}})
                               : recorded;
      if (recorded.succeeded() && samples.succeeded()) {
        run.commands.push_back(shell_line({}, "perf", script));
        std::string problem;
        const auto functions = analyze::disassemble(built.bench_binary, suffix, problem, /*demangle=*/false);
        run.profile = analyze::attribute_samples(analyze::parse_perf_script(samples.standard_output), functions);
        run.tool = "perf";
        run.unit = "samples";
        run.ok = run.profile.total > 0;
        if (!run.ok) run.problem = "perf recorded no samples" + (problem.empty() ? "" : " (" + problem + ")");
        if (run.ok || tool == ProfileTool::perf) return run;
      } else {
        const auto& failed = recorded.succeeded() ? samples : recorded;
        run.problem = "perf " + failed.describe() + ": " + failed.standard_error.substr(0, 300);
        if (tool == ProfileTool::perf) return run;
      }
    }
    if (tool == ProfileTool::perf) return run;
  }

  if (!process::find_program("valgrind")) {
    run.problem += std::string(run.problem.empty() ? "" : "; ") + "valgrind is not installed (Debian package valgrind)";
    return run;
  }
  const fs::path output = work / "callgrind.out";
  fs::remove(output);
  const auto args = callgrind_args(output, built.bench_binary, side, kata.verdict_size, 1, std::min(iterations, 3));
  run.commands = {shell_line(kCallgrindEnvironment, "valgrind", args)};
  const auto counted = process::run({.program = "valgrind", .args = args, .environment = kCallgrindEnvironment,
                                     .limits = {.wall_time = std::chrono::seconds(300)}});
  const auto counts = analyze::parse_callgrind(process::read_file_or_empty(output), suffix);
  if (!counted.succeeded() || !counts) {
    run.problem = "callgrind " + counted.describe() + ": " + counted.standard_error.substr(0, 300);
    return run;
  }
  run.problem.clear();
  run.tool = "callgrind";
  run.unit = "instructions";
  run.profile = analyze::line_profile(*counts);
  run.ok = run.profile.total > 0;
  if (!run.ok) run.problem = "callgrind counted nothing: is the harness built with valgrind/callgrind.h?";
  return run;
}

DeterministicCounts count_deterministically(const catalogue::KataSpec& kata, const fs::path& bench_binary,
                                            std::uint64_t seed, std::chrono::seconds time_limit) {
  DeterministicCounts result;
  result.seed = seed;
  result.size = kata.verdict_size;
  if (!process::find_program("valgrind")) {
    result.problem = "valgrind is not installed (Debian package valgrind)";
    return result;
  }
  for (const char* side : {"baseline", "solution"}) {
    const fs::path output = bench_binary.parent_path() / fmt::format("callgrind-{}.out", side);
    std::error_code ignored;
    fs::remove(output, ignored);
    const auto run = process::run({.program = "valgrind",
                                   .args = callgrind_args(output, bench_binary, side, kata.verdict_size, seed, 1),
                                   .environment = kCallgrindEnvironment,
                                   .limits = {.wall_time = time_limit}});
    const auto counts = analyze::parse_callgrind(process::read_file_or_empty(output), "katas/" + kata.slug + "/solution.cpp");
    if (!run.succeeded() || !counts || counts->total("Ir") == 0) {
      result.problem = fmt::format("callgrind on the {} {}", side,
                                   run.succeeded() ? "counted nothing (is valgrind/callgrind.h missing from the harness build?)"
                                                   : run.describe());
      return result;
    }
    DeterministicSide& counted = std::string_view(side) == "baseline" ? result.baseline : result.solution;
    counted.instructions = counts->total("Ir");
    counted.d1_misses = counts->total("D1mr") + counts->total("D1mw");
    counted.ll_misses = counts->total("DLmr") + counts->total("DLmw");
  }
  result.ok = true;
  return result;
}

}  // namespace checker::pipeline
