#pragma once
// Pristine copies of a kata's fixed files. The learner controls solution.cpp and nothing
// else: kata.hpp, baseline.cpp, test.cpp, bench.cpp, kata.json and the shared harness are
// taken as the suite shipped them. katas/PRISTINE lists each file's git blob id; a file
// whose working copy differs is read from git's object store instead, so editing it
// changes nothing.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace checker::build {

struct PristineFile {
  std::string relative_path;  // from the repository root, e.g. katas/string-concat/bench.cpp
  std::string content;
  bool working_copy_modified = false;  // the learner's copy differs; the pristine one is used
};

struct PristineSet {
  std::vector<PristineFile> files;
  std::vector<std::string> notes;  // e.g. "katas/x/bench.cpp was edited: the original is used"
};

// The fixed files of katas/<slug>/ (kata.json, kata.hpp and every .cpp but solution.cpp)
// and of katas/common/.
std::vector<std::string> pristine_paths(const std::filesystem::path& repo_root,
                                        const std::string& slug);

// Reads the pristine set for `slug`; throws std::runtime_error when a file was modified
// and no original can be found (no git, or the manifest does not know it).
PristineSet read_pristine(const std::filesystem::path& repo_root, const std::string& slug);

// Manifest lines ("<blob id>  <path>") for every kata's fixed files, as they are now.
std::string make_manifest(const std::filesystem::path& repo_root,
                          const std::vector<std::string>& slugs);

// Paths whose working copy no longer matches katas/PRISTINE (empty: up to date).
std::vector<std::string> stale_manifest_entries(const std::filesystem::path& repo_root,
                                                const std::vector<std::string>& slugs);

}  // namespace checker::build
