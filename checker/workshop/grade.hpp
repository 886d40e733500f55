#pragma once
// Grading a class: every learner's file for one kata, each checked by `kata check` in a
// child process of its own, in its own state tree, under limits and whatever isolation this
// machine allows (another user, no network, a cgroup), so that one misbehaving submission
// never affects the others or the grader. Results are one JSON file per learner; shards of
// a class graded on several machines are merged afterwards.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "build/builder.hpp"

namespace checker::workshop {

struct Submission {
  std::string learner;
  std::filesystem::path file;
};

// A file per learner (<learner>.cpp), or a folder per learner holding <slug>.cpp or
// <slug>/solution.cpp; in name order. What looks like neither is listed in `skipped`.
std::vector<Submission> find_submissions(const std::filesystem::path& folder, const std::string& slug,
                                         std::vector<std::string>& skipped);

// "i/n" (1 <= i <= n) → {i, n}; std::invalid_argument otherwise.
std::pair<int, int> parse_shard(const std::string& text);

// Shard `index` of `count`: every submission lands in exactly one shard, by its position.
std::vector<Submission> shard_of(const std::vector<Submission>& submissions, int index, int count);

// What this machine allows, probed once before grading.
struct Sandbox {
  std::optional<unsigned> user, group;  // an unprivileged user to run as (when the grader is root)
  std::string user_name;
  bool no_network = false;              // a network namespace of its own
  std::filesystem::path cgroup_parent;  // a writable cgroup v2 folder with memory and pids; empty: none
  std::vector<std::string> notes;       // what is missing and why
};
Sandbox probe_sandbox(const std::filesystem::path& must_be_readable);

struct GradeLimits {
  std::chrono::seconds wall{600};
  std::chrono::seconds cpu{900};
  std::size_t memory_bytes = std::size_t{4} << 30;  // address space (cgroup: memory.max)
  long processes = 256;
  std::size_t file_bytes = std::size_t{256} << 20;
  std::chrono::seconds tests{60};  // the correctness tests: a hang ends here (BROKEN)
  std::chrono::seconds compile = build::kCompileTimeLimit;  // each compiler or linker run (template explosions)
};

// Grades one submission and writes <results>/<learner>.json; returns what it wrote. The
// learner's file is copied, never touched.
nlohmann::json grade_one(const Submission& submission, const std::string& slug,
                         const std::filesystem::path& kata_executable, const std::filesystem::path& results,
                         const Sandbox& sandbox, const GradeLimits& limits);

// The per-learner results of several result folders (shards), by kata and learner; a
// learner graded twice for the same kata is an error (std::runtime_error).
nlohmann::json merge_results(const std::vector<std::filesystem::path>& folders);

// One <testsuite> per kata, one <testcase> per learner: NOT YET a failure, BROKEN and
// grading errors an error, INCONCLUSIVE skipped.
std::string results_as_junit(const nlohmann::json& merged);

}  // namespace checker::workshop
