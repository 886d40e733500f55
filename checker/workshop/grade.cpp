#include "workshop/grade.hpp"
#include "workshop/result_fields.hpp"

#include <fmt/format.h>
#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "process/files.hpp"
#include "process/process.hpp"
#include "report/renderer.hpp"
#include "workshop/progress.hpp"

namespace checker::workshop {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Learner names become file names: keep them to a safe alphabet.
bool safe_name(const std::string& name) {
  return !name.empty() && name[0] != '.' && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '@';
  });
}

// The cgroup v2 mount, when it has the memory and pids controllers and a folder we may
// create groups in.
fs::path writable_cgroup(std::vector<std::string>& notes) {
  std::ifstream mounts("/proc/self/mounts");
  std::string device, point, type, rest;
  fs::path mount;
  while (mounts >> device >> point >> type && std::getline(mounts, rest))
    if (type == "cgroup2") mount = point;
  if (mount.empty()) {
    notes.push_back("no cgroup v2 mount: memory and process limits are rlimits only");
    return {};
  }
  const std::string controllers = process::read_file_or_empty(mount / "cgroup.controllers");
  if (controllers.find("memory") == std::string::npos || controllers.find("pids") == std::string::npos) {
    notes.push_back("cgroup v2 at " + mount.string() + " offers no memory and pids controllers (a v1 or hybrid "
                    "setup): memory and process limits are rlimits only");
    return {};
  }
  const fs::path parent = mount / ("kata-grade-" + std::to_string(::getpid()));
  std::error_code error;
  fs::create_directory(parent, error);
  if (error) {
    notes.push_back("cgroup v2 is not writable here (" + error.message() + "): memory and process limits are rlimits only");
    return {};
  }
  std::ofstream(parent / "cgroup.subtree_control") << "+memory +pids";
  return parent;
}

// Processes left by a submission that ran as the sandbox user: killed, then waited for until
// they are gone (zombies count against the next submission's process limit until init
// reaps them). False when some are still there after the wait.
bool sweep_user_processes(unsigned user) {
  // As that user, kill(-1) reaches exactly that user's processes.
  process::run({.program = "kill", .args = {"-KILL", "-1"}, .isolation = {.user = user, .group = user}});
  for (int attempt = 0; attempt < 150; ++attempt) {
    bool left = false;
    std::error_code ignored;
    for (const auto& entry : fs::directory_iterator("/proc", ignored)) {
      const std::string name = entry.path().filename().string();
      if (name.empty() || !std::isdigit(static_cast<unsigned char>(name[0]))) continue;
      std::ifstream status(entry.path() / "status");
      std::string line;
      while (std::getline(status, line))
        if (line.starts_with("Uid:")) {
          std::istringstream fields(line.substr(4));
          unsigned real = 0;
          fields >> real;
          left |= real == user;
          break;
        }
      if (left) break;
    }
    if (!left) return true;
    ::usleep(100 * 1000);
  }
  return false;
}

std::string status_of(int exit_code) {
  switch (exit_code) {
    case 0: return "pass";
    case 1: return "not_yet";
    case 2: return "broken";
    case 3: return "inconclusive";
    default: return "error";
  }
}

}  // namespace

std::vector<Submission> find_submissions(const fs::path& folder, const std::string& slug,
                                         std::vector<std::string>& skipped) {
  if (!fs::is_directory(folder)) throw std::runtime_error("no submissions folder " + folder.string());
  std::vector<Submission> found;
  for (const auto& entry : fs::directory_iterator(folder)) {
    const auto& path = entry.path();
    const std::string name = entry.is_directory() ? path.filename().string() : path.stem().string();
    if (!safe_name(name)) {
      skipped.push_back(path.string() + ": not a learner name (letters, digits, - _ . @)");
      continue;
    }
    if (entry.is_regular_file() && path.extension() == ".cpp") {
      found.push_back({name, path});
    } else if (entry.is_directory()) {
      if (fs::is_regular_file(path / (slug + ".cpp")))
        found.push_back({name, path / (slug + ".cpp")});
      else if (fs::is_regular_file(path / slug / "solution.cpp"))
        found.push_back({name, path / slug / "solution.cpp"});
      else
        skipped.push_back(fmt::format("{}: has neither {}.cpp nor {}/solution.cpp", path.string(), slug, slug));
    } else {
      skipped.push_back(path.string() + ": not a .cpp file or a learner's folder");
    }
  }
  std::sort(found.begin(), found.end(), [](const Submission& a, const Submission& b) { return a.learner < b.learner; });
  for (std::size_t i = 1; i < found.size(); ++i)
    if (found[i].learner == found[i - 1].learner)
      throw std::runtime_error(fmt::format("two submissions for learner '{}': {} and {}", found[i].learner,
                                           found[i - 1].file.string(), found[i].file.string()));
  return found;
}

std::pair<int, int> parse_shard(const std::string& text) {
  const auto slash = text.find('/');
  int index = 0, count = 0;
  try {
    if (slash == std::string::npos) throw std::invalid_argument("");
    std::size_t used = 0;
    index = std::stoi(text.substr(0, slash), &used);
    if (used != slash) throw std::invalid_argument("");
    const std::string rest = text.substr(slash + 1);
    count = std::stoi(rest, &used);
    if (used != rest.size()) throw std::invalid_argument("");
  } catch (const std::exception&) {
    throw std::invalid_argument("--shard takes i/n, e.g. 2/4, not '" + text + "'");
  }
  if (count < 1 || index < 1 || index > count)
    throw std::invalid_argument("--shard " + text + ": need 1 <= i <= n");
  return {index, count};
}

std::vector<Submission> shard_of(const std::vector<Submission>& submissions, int index, int count) {
  std::vector<Submission> shard;
  for (std::size_t i = 0; i < submissions.size(); ++i)
    if (static_cast<int>(i % static_cast<std::size_t>(count)) == index - 1) shard.push_back(submissions[i]);
  return shard;
}

Sandbox probe_sandbox(const fs::path& must_be_readable) {
  Sandbox sandbox;
  if (::geteuid() == 0) {
    if (const passwd* nobody = ::getpwnam("nobody")) {
      // The checkout and the build must be readable by that user, or every check would fail.
      const auto readable = process::run({.program = "test",
                                          .args = {"-r", must_be_readable.string()},
                                          .isolation = {.user = nobody->pw_uid, .group = nobody->pw_gid}});
      if (readable.succeeded()) {
        sandbox.user = nobody->pw_uid;
        sandbox.group = nobody->pw_gid;
        sandbox.user_name = "nobody";
      } else {
        sandbox.notes.push_back(fmt::format("{} is not readable by user nobody: submissions run as root",
                                            must_be_readable.string()));
      }
    } else {
      sandbox.notes.push_back("no user 'nobody': submissions run as root");
    }
  } else {
    sandbox.notes.push_back("the grader is not root: submissions run as " + std::to_string(::geteuid()) +
                            " (the process limit then counts the grader's own processes too)");
  }
  const auto network = process::run({.program = "true", .isolation = {.no_network = true}});
  sandbox.no_network = network.succeeded();
  if (!sandbox.no_network) sandbox.notes.push_back("no network namespace: " + network.start_failure);
  sandbox.cgroup_parent = writable_cgroup(sandbox.notes);
  return sandbox;
}

json grade_one(const Submission& submission, const std::string& slug, const fs::path& kata_executable,
               const fs::path& results, const Sandbox& sandbox, const GradeLimits& limits) {
  const fs::path own = results / submission.learner;  // the learner's work: copy, state, output
  fs::create_directories(own / "state");
  const fs::path copy = own / "solution.cpp";
  fs::copy_file(submission.file, copy, fs::copy_options::overwrite_existing);
  fs::permissions(copy, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
  if (sandbox.user) {
    for (const auto& path : {own, own / "state", copy})
      if (::chown(path.c_str(), *sandbox.user, sandbox.group.value_or(*sandbox.user)) != 0)
        throw std::runtime_error("cannot hand " + path.string() + " to the grading user");
  }

  process::Command command{
      .program = kata_executable,
      .args = {"check", slug, "--solution", copy.string(), "--format", "json", "--plain", "--test-seconds",
               std::to_string(limits.tests.count()), "--compile-seconds", std::to_string(limits.compile.count())},
      .working_directory = own,
      .environment = {{"KATA_STATE_DIR", (own / "state").string()}, {"HOME", (own / "state").string()},
                      {"CCACHE_DISABLE", "1"}, {"NO_COLOR", "1"}},
      .limits = {.wall_time = limits.wall,
                 .cpu_time = limits.cpu,
                 .address_space_bytes = sandbox.cgroup_parent.empty() ? std::optional(limits.memory_bytes) : std::nullopt,
                 .file_size_bytes = limits.file_bytes,
                 .max_output_bytes = 16 << 20,
                 .processes = sandbox.user ? std::optional(limits.processes) : std::nullopt},
      .isolation = {.user = sandbox.user, .group = sandbox.group, .no_network = sandbox.no_network}};
  fs::path cgroup;
  if (!sandbox.cgroup_parent.empty()) {
    cgroup = sandbox.cgroup_parent / submission.learner;
    std::error_code ignored;
    fs::create_directory(cgroup, ignored);
    std::ofstream(cgroup / "memory.max") << limits.memory_bytes;
    std::ofstream(cgroup / "pids.max") << limits.processes;
    command.isolation.cgroup = cgroup;
  }
  const auto run = process::run(command);
  const bool swept = !sandbox.user || sweep_user_processes(*sandbox.user);
  if (!cgroup.empty()) {
    std::error_code ignored;
    fs::remove(cgroup, ignored);
  }

  json result = {{"learner", submission.learner},
                 {"kata", slug},
                 {"submission", submission.file.string()},
                 {"graded_at", utc_now()},
                 {"status", "error"},
                 {"reason", ""},
                 {"tests", json::array()},
                 {"speedup", nullptr},
                 {"findings", json::array()},
                 {"deterministic", nullptr},
                 {"machine", nullptr},
                 {"run", {{"wall_seconds", std::chrono::duration<double>(run.wall_time).count()},
                          {"cpu_seconds", run.user_seconds + run.system_seconds},
                          {"ended", run.describe()}}},
                 {"sandbox", {{"user", sandbox.user ? json(sandbox.user_name) : json(nullptr)},
                              {"no_network", sandbox.no_network},
                              {"cgroup", !cgroup.empty()},
                              {"wall_seconds", limits.wall.count()},
                              {"cpu_seconds", limits.cpu.count()},
                              {"memory_bytes", limits.memory_bytes},
                              {"processes", sandbox.user || !cgroup.empty() ? json(limits.processes) : json(nullptr)},
                              {"notes", sandbox.notes},
                              {"left_processes", !swept}}}};
  json report;
  try {
    report = json::parse(run.standard_output);
  } catch (const std::exception&) {
    report = nullptr;
  }
  if (run.ending == process::Ending::exited && report.is_object() && run.exit_code >= 0 && run.exit_code <= 3) {
    result["status"] = status_of(run.exit_code);
    // Read defensively: a number JSON cannot hold (an unbounded interval) is written as null.
    result["reason"] = text_field(report, "verdict_reason");
    result["tests"] = report.contains("problem_details") && report["problem_details"].is_array() ? report["problem_details"]
                                                                                                  : json::array();
    if (const json& s = object_field(report, "speedup"); !s.empty()) {
      result["speedup"] = {{"estimate", number_field(s, "estimate")}, {"ci_low", number_field(s, "ci_low")},
                           {"ci_high", number_field(s, "ci_high")}, {"target", number_field(s, "target")}};
    }
    if (report.contains("findings") && report["findings"].is_array()) {
      for (const auto& finding : report["findings"]) {
        const bool cold = finding.is_object() && finding.contains("cold_path") && finding["cold_path"] == true;
        if (cold || result["findings"].size() == 3) continue;
        result["findings"].push_back({{"severity", text_field(finding, "severity")},
                                      {"title", text_field(finding, "title")},
                                      {"line", static_cast<int>(number_field(object_field(finding, "location"), "line"))}});
      }
    }
    result["deterministic"] = report.contains("deterministic") ? report["deterministic"] : json();
    result["machine"] = report.contains("machine") ? report["machine"] : json();
  } else {
    // The checker itself did not finish: the limits stopped it, or it could not start.
    std::string why = run.describe();
    const std::string error_text = process::without_colour(run.standard_error);
    if (!error_text.empty()) why += ": " + error_text.substr(0, 600);
    result["reason"] = why;
  }
  process::write_file_atomically(results / (submission.learner + ".json"), result.dump(2) + "\n");
  return result;
}

json merge_results(const std::vector<fs::path>& folders) {
  std::map<std::pair<std::string, std::string>, json> by_learner;
  std::map<std::pair<std::string, std::string>, std::string> origin;
  for (const auto& folder : folders) {
    if (!fs::is_directory(folder)) throw std::runtime_error("no results folder " + folder.string());
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (entry.path().extension() != ".json" || !entry.is_regular_file()) continue;
      json result;
      try {
        result = json::parse(process::read_file_or_empty(entry.path()));
      } catch (const std::exception& error) {
        throw std::runtime_error(entry.path().string() + ": not a grading result (" + error.what() + ")");
      }
      if (!result.is_object() || text_field(result, "learner").empty() || text_field(result, "kata").empty() ||
          text_field(result, "status").empty())
        throw std::runtime_error(entry.path().string() + ": not a grading result (no learner, kata or status as text)");
      const auto key = std::pair(result["learner"].get<std::string>(), result["kata"].get<std::string>());
      if (const auto seen = origin.find(key); seen != origin.end())
        throw std::runtime_error(fmt::format("{} was graded for {} twice: {} and {}", key.first, key.second,
                                             seen->second, entry.path().string()));
      origin[key] = entry.path().string();
      by_learner[key] = std::move(result);
    }
  }
  json merged = {{"merged_at", utc_now()}, {"results", json::array()}};
  for (auto& [key, result] : by_learner) merged["results"].push_back(std::move(result));
  return merged;
}

std::string results_as_junit(const json& merged) {
  const auto escaped = [](const std::string& text) { return report::xml_escaped(text); };
  std::map<std::string, std::vector<const json*>> by_kata;
  if (merged.is_object() && merged.contains("results") && merged["results"].is_array())
    for (const auto& result : merged["results"]) by_kata[text_field(result, "kata")].push_back(&result);
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"kata grade\">\n";
  for (const auto& [kata, results] : by_kata) {
    int failures = 0, errors = 0, skipped = 0;
    for (const auto* result : results) {
      const std::string status = text_field(*result, "status");
      failures += status == "not_yet";
      errors += status == "broken" || status == "error";
      skipped += status == "inconclusive";
    }
    out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n",
                       escaped(kata), results.size(), failures, errors, skipped);
    for (const auto* result : results) {
      const std::string status = text_field(*result, "status");
      std::string message = status + ": " + text_field(*result, "reason");
      if (const auto findings = result->find("findings");
          findings != result->end() && findings->is_array() && !findings->empty())
        message += " | top finding: " + text_field(findings->front(), "title");
      out << fmt::format("    <testcase classname=\"{}\" name=\"{}\">", escaped(kata), escaped(text_field(*result, "learner")));
      if (status == "not_yet") out << "<failure message=\"" << escaped(message) << "\"/>";
      else if (status == "broken" || status == "error") out << "<error message=\"" << escaped(message) << "\"/>";
      else if (status == "inconclusive") out << "<skipped message=\"" << escaped(message) << "\"/>";
      out << "</testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
  return out.str();
}

}  // namespace checker::workshop
