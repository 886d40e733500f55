#include "build/builder.hpp"

#include <algorithm>
#include <fstream>
#include <future>
#include <sstream>
#include <thread>

#include "process/files.hpp"
#include "build/compiler_message.hpp"
#include "build/pristine.hpp"
#include "process/process.hpp"

namespace checker::build {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// Writes only when the content differs, so staged files keep their identity between runs.
void write_if_changed(const fs::path& path, const std::string& content) {
  if (fs::exists(path) && process::read_file_or_empty(path) == content) return;
  process::write_file_atomically(path, content);
}

// Compiling is limited too: a submission may `#include </dev/zero>` or explode templates.
process::Limits compile_limits(std::chrono::seconds time_limit) {
  return {.wall_time = time_limit,
          .cpu_time = time_limit,
          .address_space_bytes = std::size_t{4} << 30,
          .file_size_bytes = std::size_t{512} << 20,
          .max_output_bytes = 1 << 20};
}

struct CompileJob {
  fs::path source;
  fs::path object;
  std::vector<std::string> extra_flags;
  bool is_solution = false;
};

process::Result compile(const Toolchain& toolchain, const fs::path& stage, const CompileJob& job,
                        std::chrono::seconds time_limit) {
  std::vector<std::string> args = toolchain.compile_flags;
  args.push_back("-fdiagnostics-color=never");
  args.push_back("-I" + (stage / "katas" / "common" / "include").string());
  args.push_back("-I" + job.source.parent_path().string());
  args.insert(args.end(), job.extra_flags.begin(), job.extra_flags.end());
  const fs::path temporary = job.object.string() + ".tmp" + std::to_string(::getpid());
  args.insert(args.end(), {"-c", job.source.string(), "-o", temporary.string()});
  // LC_ALL=C: plain ASCII quotes in diagnostics, whatever the learner's locale.
  auto result = process::run({.program = toolchain.compiler, .args = args, .environment = {{"LC_ALL", "C"}},
                              .limits = compile_limits(time_limit)});
  std::error_code ignored;
  if (result.succeeded()) fs::rename(temporary, job.object, ignored);
  else fs::remove(temporary, ignored);
  return result;
}

process::Result link(const Toolchain& toolchain, const std::vector<fs::path>& objects,
                     const std::vector<std::string>& libraries, const fs::path& output, std::chrono::seconds time_limit) {
  std::vector<std::string> args;
  for (const auto& flag : toolchain.compile_flags)
    if (flag.rfind("-f", 0) == 0 || flag.rfind("-O", 0) == 0 || flag == "-g") args.push_back(flag);
  for (const auto& object : objects) args.push_back(object.string());
  args.insert(args.end(), libraries.begin(), libraries.end());
  args.insert(args.end(), {"-o", output.string()});
  return process::run({.program = toolchain.compiler, .args = args, .environment = {{"LC_ALL", "C"}},
                       .limits = compile_limits(time_limit)});
}

std::string shown_path(const BuildRequest& request) {
  std::error_code error;
  const auto relative = fs::relative(fs::absolute(request.solution_file), fs::current_path(), error);
  return error || relative.empty() ? request.solution_file.string() : relative.string();
}

}  // namespace

std::string content_hash(const std::vector<std::string>& parts) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const auto& part : parts) {
    for (unsigned char c : part) hash = (hash ^ c) * 0x100000001b3ULL;
    hash = (hash ^ 0xff) * 0x100000001b3ULL;  // separator: ["ab","c"] != ["a","bc"]
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

std::vector<Diagnostic> parse_diagnostics(const std::string& compiler_output,
                                          const std::string& staged_path,
                                          const std::string& shown) {
  std::vector<Diagnostic> diagnostics;
  std::istringstream lines(compiler_output);
  for (std::string line; std::getline(lines, line);) {
    auto parsed = parse_compiler_message(line);
    if (!parsed || (parsed->kind != "error" && parsed->kind != "fatal error" && parsed->kind != "warning")) continue;
    Diagnostic diagnostic{.file = std::move(parsed->file), .line = parsed->line, .column = parsed->column,
                          .severity = std::move(parsed->kind), .message = std::move(parsed->text)};
    if (diagnostic.file == staged_path) diagnostic.file = shown;
    diagnostics.push_back(std::move(diagnostic));
  }
  std::stable_partition(diagnostics.begin(), diagnostics.end(),
                        [](const Diagnostic& d) { return d.severity != "warning"; });
  return diagnostics;
}

std::string BuildResult::first_errors(std::size_t count) const {
  std::string text;
  std::size_t shown = 0;
  for (const auto& d : diagnostics) {
    if (shown++ == count) break;
    text += d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
            d.severity + ": " + d.message + "\n";
  }
  if (text.empty()) {  // no parsable line (a linker error, a crash of the compiler)
    std::istringstream lines(log);
    for (std::string line; std::getline(lines, line) && shown < count * 2; ++shown) text += line + "\n";
  }
  return text;
}

BuildTimes BuildTimes::load(const fs::path& file) {
  BuildTimes times;
  std::istringstream lines(process::read_file_or_empty(file));
  std::string step;
  long long ms = 0;
  while (lines >> step >> ms)
    if (ms >= 0) times.last_[step] = std::chrono::milliseconds(ms);
  return times;
}

void BuildTimes::save(const fs::path& file) const {
  std::string text;
  for (const auto& [step, took] : last_) text += step + " " + std::to_string(took.count()) + "\n";
  try {
    process::write_file_atomically(file, text);
  } catch (const std::exception&) {
    // Only the next estimate is lost.
  }
}

std::optional<std::chrono::milliseconds> BuildTimes::estimate(const std::vector<std::string>& steps,
                                                              std::size_t parallel,
                                                              const std::string& link_step) const {
  const auto known = [&](const std::string& step) -> std::optional<std::chrono::milliseconds> {
    const auto found = last_.find(step);
    if (found == last_.end()) return std::nullopt;
    return found->second;
  };
  std::chrono::milliseconds total{0};
  parallel = std::max<std::size_t>(parallel, 1);
  for (std::size_t first = 0; first < steps.size(); first += parallel) {
    std::chrono::milliseconds batch{0};
    for (std::size_t i = first; i < std::min(steps.size(), first + parallel); ++i) {
      const auto took = known(steps[i]);
      if (!took) return std::nullopt;
      batch = std::max(batch, *took);
    }
    total += batch;
  }
  const auto link = known(link_step);
  if (!link) return std::nullopt;
  return total + *link;
}

std::string build_progress_line(const std::vector<std::string>& files,
                                const std::optional<std::chrono::milliseconds>& left) {
  std::string line = files.empty() ? "linking" : "compiling ";
  for (std::size_t i = 0; i < files.size(); ++i) line += (i ? ", " : "") + files[i];
  if (!left) return line + ": first build of this kata, no estimate yet";
  const auto seconds = (left->count() + 999) / 1000;
  return line + ": about " + std::to_string(std::max<long long>(seconds, 1)) + " s left";
}

BuildResult build_solution(const BuildRequest& request) {
  const auto started = Clock::now();
  BuildResult result;
  const auto finish = [&](BuildResult::Status status) {
    result.status = status;
    result.duration = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
    return result;
  };
  const std::string& slug = request.kata.slug;

  PristineSet pristine;
  try {
    pristine = read_pristine(request.repo_root, slug);
  } catch (const std::exception& error) {
    result.log = error.what();
    return finish(BuildResult::Status::setup_error);
  }
  result.notes = pristine.notes;

  const auto read_solution = process::read_file(request.solution_file);
  if (!read_solution) {
    result.log = "cannot read " + request.solution_file.string();
    return finish(BuildResult::Status::setup_error);
  }
  const std::string& solution_source = *read_solution;

  // Stage: the pristine tree plus the learner's file, laid out as in the repository so
  // that `#include "kata.hpp"` finds the pristine header first.
  const fs::path stage = request.work_dir / "stage";
  std::vector<std::string> header_key = {request.toolchain.compiler, request.toolchain.compiler_version};
  header_key.insert(header_key.end(), request.toolchain.compile_flags.begin(),
                    request.toolchain.compile_flags.end());
  // The harness's own sources include only the common headers: their objects are shared by
  // every kata instead of compiled again for each.
  std::vector<std::string> common_header_key = header_key;
  for (const auto& file : pristine.files) {
    write_if_changed(stage / file.relative_path, file.content);
    if (file.relative_path.ends_with(".hpp") || file.relative_path.ends_with(".json")) {
      header_key.push_back(file.relative_path + "\n" + file.content);
      if (file.relative_path.starts_with("katas/common/"))
        common_header_key.push_back(file.relative_path + "\n" + file.content);
    }
  }
  const fs::path kata_dir = stage / "katas" / slug;
  const fs::path staged_solution = kata_dir / "solution.cpp";
  write_if_changed(staged_solution, solution_source);
  result.staged_kata_dir = kata_dir;

  const std::string headers = content_hash(header_key);
  const std::string common_headers = content_hash(common_header_key);
  const fs::path objects = request.object_cache / "obj";
  fs::create_directories(objects);
  fs::create_directories(request.work_dir);
  const fs::path common_src = stage / "katas" / "common" / "src";
  const auto object_for = [&](const fs::path& source) {
    const bool harness = source.parent_path() == common_src;
    return objects / (source.stem().string() + "-" +
                      content_hash({harness ? common_headers : headers, source.filename().string(),
                                    process::read_file_or_empty(source)}) +
                      ".o");
  };

  std::vector<CompileJob> jobs = {
      {kata_dir / "solution.cpp", {}, {}, true},
      {kata_dir / "baseline.cpp", {}, {}, false},
      {kata_dir / "test.cpp", {}, {}, false},
      {kata_dir / "bench.cpp", {}, {"-DKATA_JSON_FILE=\"" + (kata_dir / "kata.json").string() + "\""}, false},
      {common_src / "bench_main.cpp", {}, {}, false},
      {common_src / "allocation_counter.cpp", {}, {}, false},
  };
  const std::size_t first_extra = jobs.size();
  for (const auto& extra : request.kata.extra_sources) jobs.push_back({kata_dir / extra, {}, {}, false});
  for (auto& job : jobs) {
    job.object = object_for(job.source);
    if (job.source.filename() == "bench.cpp")  // its object embeds the staged kata.json path
      job.object = objects / ("bench-" + content_hash({job.object.string(), kata_dir.string()}) + ".o");
  }
  result.solution_object = jobs[0].object;
  result.baseline_object = jobs[1].object;
  result.solution_key = jobs[0].object.stem().string();

  // Compile what the cache lacks, two at a time (or as many as there are cores).
  std::vector<std::size_t> missing;
  for (std::size_t i = 0; i < (request.object_only ? 1 : jobs.size()); ++i)
    if (!fs::exists(jobs[i].object)) missing.push_back(i);
  const std::size_t parallel = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
  const fs::path times_file = request.object_cache / "build-times.txt";
  BuildTimes times = BuildTimes::load(times_file);
  const auto step_of = [&](std::size_t index) {
    const auto& source = jobs[index].source;
    return (source.parent_path() == common_src ? std::string("common") : slug) + "/" + source.filename().string();
  };
  const std::string link_step = slug + "/link";
  const auto tell = [&](std::size_t from) {
    if (!request.progress) return;
    std::vector<std::string> steps, files;
    for (std::size_t k = from; k < missing.size(); ++k) {
      steps.push_back(step_of(missing[k]));
      files.push_back(jobs[missing[k]].source.filename().string());
    }
    request.progress(build_progress_line(files, times.estimate(steps, parallel, link_step)));
  };
  using Timed = std::pair<process::Result, std::chrono::milliseconds>;
  for (std::size_t first = 0; first < missing.size(); first += parallel) {
    tell(first);
    std::vector<std::pair<std::size_t, std::future<Timed>>> running;
    for (std::size_t k = first; k < std::min(missing.size(), first + parallel); ++k)
      running.emplace_back(missing[k], std::async(std::launch::async, [&, index = missing[k]] {
                             const auto compile_started = Clock::now();
                             auto compiled = compile(request.toolchain, stage, jobs[index], request.compile_time_limit);
                             return Timed{std::move(compiled), std::chrono::duration_cast<std::chrono::milliseconds>(
                                                                   Clock::now() - compile_started)};
                           }));
    for (auto& [index, future] : running) {
      const auto [compiled, took] = future.get();
      if (compiled.succeeded()) {
        times.record(step_of(index), took);
        continue;
      }
      const auto& job = jobs[index];
      result.log = compiled.standard_error + compiled.standard_output;
      if (compiled.ending != process::Ending::exited)
        result.log += "\nthe compiler " + compiled.describe() + "\n";
      result.diagnostics = parse_diagnostics(result.log, staged_solution.string(), shown_path(request));
      if (!job.is_solution) {
        result.log = "the kata's own " + job.source.filename().string() +
                     " failed to compile (a suite bug, or a header your file cannot change):\n" + result.log;
        if (!running.empty()) for (auto& [i, f] : running) if (f.valid()) f.wait();
        return finish(BuildResult::Status::setup_error);
      }
      for (auto& [i, f] : running) if (f.valid()) f.wait();
      return finish(BuildResult::Status::compile_error);
    }
  }

  if (request.object_only) {
    times.save(times_file);
    return finish(BuildResult::Status::built);
  }

  // Link, unless the executables were linked from exactly these objects already.
  result.test_binary = request.work_dir / "test";
  result.bench_binary = request.work_dir / "bench";
  std::string stamp;
  for (const auto& job : jobs) stamp += job.object.string() + "\n";
  const fs::path stamp_file = request.work_dir / "link.stamp";
  if (missing.empty() && fs::exists(result.test_binary) && fs::exists(result.bench_binary) &&
      process::read_file_or_empty(stamp_file) == stamp) {
    result.reused = true;
    return finish(BuildResult::Status::built);
  }
  fs::remove(stamp_file);
  if (request.progress) {
    const auto link = times.estimate({}, parallel, link_step);
    request.progress(build_progress_line({}, link));
  }
  const auto link_started = Clock::now();
  std::vector<fs::path> test_objects = {jobs[0].object, jobs[1].object, jobs[2].object};
  std::vector<fs::path> bench_objects = {jobs[0].object, jobs[1].object, jobs[3].object, jobs[4].object,
                                         jobs[5].object};
  for (std::size_t i = first_extra; i < jobs.size(); ++i) {
    test_objects.push_back(jobs[i].object);
    bench_objects.push_back(jobs[i].object);
  }
  auto linked_test = std::async(std::launch::async, [&] {
    return link(request.toolchain, test_objects, request.toolchain.test_link, result.test_binary,
                request.compile_time_limit);
  });
  const auto linked_bench = link(request.toolchain, bench_objects, request.toolchain.bench_link, result.bench_binary,
                                 request.compile_time_limit);
  const auto test_result = linked_test.get();
  for (const auto* linked : {&test_result, &linked_bench}) {
    if (linked->succeeded()) continue;
    result.log = linked->standard_error + linked->standard_output;
    result.diagnostics = parse_diagnostics(result.log, staged_solution.string(), shown_path(request));
    return finish(BuildResult::Status::link_error);
  }
  write_if_changed(stamp_file, stamp);
  times.record(link_step, std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - link_started));
  times.save(times_file);
  return finish(BuildResult::Status::built);
}

}  // namespace checker::build
