#include "build/pristine.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "process/files.hpp"
#include "process/process.hpp"

namespace checker::build {

namespace fs = std::filesystem;

namespace {

constexpr const char* kManifest = "katas/PRISTINE";

std::map<std::string, std::string> read_manifest(const fs::path& repo_root) {
  std::map<std::string, std::string> ids;
  std::ifstream in(repo_root / kManifest);
  std::string id, path;
  while (in >> id >> path) ids[path] = id;
  return ids;
}

process::Result git(const fs::path& repo_root, std::vector<std::string> args) {
  return process::run({.program = "git",
                       .args = std::move(args),
                       .working_directory = repo_root,
                       .limits = {.wall_time = std::chrono::seconds(20)}});
}

// Git blob ids of the working copies, in the order given; empty when git is unavailable.
std::vector<std::string> blob_ids(const fs::path& repo_root, const std::vector<std::string>& paths) {
  std::vector<std::string> args = {"hash-object", "--"};
  args.insert(args.end(), paths.begin(), paths.end());
  const auto result = git(repo_root, args);
  if (!result.succeeded()) return {};
  std::vector<std::string> ids;
  std::istringstream lines(result.standard_output);
  for (std::string id; lines >> id;) ids.push_back(id);
  if (ids.size() != paths.size()) return {};
  return ids;
}

}  // namespace

std::vector<std::string> pristine_paths(const fs::path& repo_root, const std::string& slug) {
  std::vector<std::string> paths;
  for (const char* name : {"kata.json", "kata.hpp", "baseline.cpp", "test.cpp", "bench.cpp"})
    paths.push_back("katas/" + slug + "/" + name);
  // A kata's other translation units (kata.json "extra_sources") are fixed too.
  std::vector<std::string> extra;
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(repo_root / "katas" / slug, ignored)) {
    const auto name = entry.path().filename().string();
    const auto path = "katas/" + slug + "/" + name;
    if (entry.is_regular_file() && name.ends_with(".cpp") && name != "solution.cpp" &&
        std::find(paths.begin(), paths.end(), path) == paths.end())
      extra.push_back(path);
  }
  std::sort(extra.begin(), extra.end());
  paths.insert(paths.end(), extra.begin(), extra.end());
  for (const char* folder : {"katas/common/include/kata", "katas/common/src"}) {
    std::vector<std::string> shared;
    for (const auto& entry : fs::directory_iterator(repo_root / folder, ignored))
      if (entry.is_regular_file()) shared.push_back(std::string(folder) + "/" + entry.path().filename().string());
    std::sort(shared.begin(), shared.end());
    paths.insert(paths.end(), shared.begin(), shared.end());
  }
  return paths;
}

PristineSet read_pristine(const fs::path& repo_root, const std::string& slug) {
  const auto paths = pristine_paths(repo_root, slug);
  const auto manifest = read_manifest(repo_root);
  const auto working_ids = blob_ids(repo_root, paths);
  PristineSet set;
  if (working_ids.empty())
    set.notes.push_back("git is not available: the kata's fixed files could not be verified");
  for (std::size_t i = 0; i < paths.size(); ++i) {
    PristineFile file{.relative_path = paths[i], .content = {}};
    const auto expected = manifest.find(paths[i]);
    const bool verified = working_ids.empty() || expected == manifest.end() ||
                          working_ids[i] == expected->second;
    if (verified) {
      file.content = process::read_file_or_empty(repo_root / paths[i]);
    } else {
      const auto original = git(repo_root, {"cat-file", "blob", expected->second});
      if (!original.succeeded())
        throw std::runtime_error(paths[i] + " was modified and its original is not in git: restore it with `git checkout -- " + paths[i] + "`");
      file.content = original.standard_output;
      file.working_copy_modified = true;
      set.notes.push_back(paths[i] + " was edited; the checker uses the original (only solution.cpp is yours)");
    }
    set.files.push_back(std::move(file));
  }
  return set;
}

std::string make_manifest(const fs::path& repo_root, const std::vector<std::string>& slugs) {
  std::vector<std::string> paths;
  for (const auto& slug : slugs)
    for (auto& path : pristine_paths(repo_root, slug))
      if (std::find(paths.begin(), paths.end(), path) == paths.end()) paths.push_back(path);
  std::sort(paths.begin(), paths.end());
  const auto ids = blob_ids(repo_root, paths);
  if (ids.empty()) throw std::runtime_error("git hash-object failed: is this a git checkout?");
  std::string manifest;
  for (std::size_t i = 0; i < paths.size(); ++i) manifest += ids[i] + "  " + paths[i] + "\n";
  return manifest;
}

std::vector<std::string> stale_manifest_entries(const fs::path& repo_root,
                                                const std::vector<std::string>& slugs) {
  const auto manifest = read_manifest(repo_root);
  std::vector<std::string> stale;
  std::istringstream lines(make_manifest(repo_root, slugs));
  for (std::string id, path; lines >> id >> path;) {
    const auto it = manifest.find(path);
    if (it == manifest.end() || it->second != id) stale.push_back(path);
  }
  return stale;
}

}  // namespace checker::build
