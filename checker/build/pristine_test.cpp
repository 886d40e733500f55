// Editing a kata's fixed files changes nothing: the checker reads the original from git.
#include "build/pristine.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "process/process.hpp"

namespace checker::build {
namespace {

namespace fs = std::filesystem;

class Pristine : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!process::find_program("git")) GTEST_SKIP() << "skipped: git missing";
    root_ = fs::temp_directory_path() / ("kata-pristine-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "katas" / "demo");
    fs::create_directories(root_ / "katas" / "common" / "include" / "kata");
    fs::create_directories(root_ / "katas" / "common" / "src");
    for (const char* name : {"kata.json", "kata.hpp", "baseline.cpp", "test.cpp", "bench.cpp", "library.cpp"})
      write("katas/demo/" + std::string(name), std::string("original ") + name + "\n");
    write("katas/common/include/kata/bench.hpp", "harness\n");
    write("katas/common/src/bench_main.cpp", "main\n");
    git({"init", "-q"});
    git({"add", "-A"});
    git({"-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "kata"});
    write("katas/PRISTINE", make_manifest(root_, {"demo"}));
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const std::string& path, const std::string& text) { std::ofstream(root_ / path) << text; }
  void git(std::vector<std::string> args) {
    const auto result = process::run({.program = "git", .args = std::move(args), .working_directory = root_});
    ASSERT_TRUE(result.succeeded()) << result.standard_error;
  }
  static const PristineFile& find(const PristineSet& set, const std::string& path) {
    for (const auto& file : set.files)
      if (file.relative_path == path) return file;
    throw std::runtime_error("no " + path);
  }

  fs::path root_;
};

TEST_F(Pristine, UnchangedFilesAreReadAsTheyAre) {
  const auto set = read_pristine(root_, "demo");
  EXPECT_EQ(find(set, "katas/demo/bench.cpp").content, "original bench.cpp\n");
  EXPECT_FALSE(find(set, "katas/demo/bench.cpp").working_copy_modified);
  EXPECT_TRUE(set.notes.empty());
  EXPECT_TRUE(stale_manifest_entries(root_, {"demo"}).empty());
}

TEST_F(Pristine, AnEditedBenchmarkIsIgnoredAndReported) {
  write("katas/demo/bench.cpp", "// made the baseline slower\n");
  write("katas/common/include/kata/bench.hpp", "// harness tampered\n");
  const auto set = read_pristine(root_, "demo");
  EXPECT_EQ(find(set, "katas/demo/bench.cpp").content, "original bench.cpp\n");
  EXPECT_TRUE(find(set, "katas/demo/bench.cpp").working_copy_modified);
  EXPECT_EQ(find(set, "katas/common/include/kata/bench.hpp").content, "harness\n");
  ASSERT_EQ(set.notes.size(), 2u);
  EXPECT_NE(set.notes[0].find("uses the original"), std::string::npos);
  EXPECT_EQ(stale_manifest_entries(root_, {"demo"}).size(), 2u);
}

TEST_F(Pristine, AKatasOtherTranslationUnitIsFixedTooButTheSolutionIsNot) {
  write("katas/demo/solution.cpp", "learner\n");
  write("katas/demo/library.cpp", "// inlined the helper here instead\n");
  const auto paths = pristine_paths(root_, "demo");
  EXPECT_NE(std::find(paths.begin(), paths.end(), "katas/demo/library.cpp"), paths.end());
  EXPECT_EQ(std::find(paths.begin(), paths.end(), "katas/demo/solution.cpp"), paths.end());
  const auto set = read_pristine(root_, "demo");
  EXPECT_EQ(find(set, "katas/demo/library.cpp").content, "original library.cpp\n");
  EXPECT_TRUE(find(set, "katas/demo/library.cpp").working_copy_modified);
}

TEST_F(Pristine, EvenACommittedEditIsIgnored) {
  write("katas/demo/kata.hpp", "// edited and committed\n");
  git({"-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qam", "learner edit"});
  EXPECT_EQ(find(read_pristine(root_, "demo"), "katas/demo/kata.hpp").content, "original kata.hpp\n");
}

TEST_F(Pristine, AnUnrecoverableEditIsAClearError) {
  write("katas/PRISTINE", "0000000000000000000000000000000000000000  katas/demo/test.cpp\n");
  try {
    read_pristine(root_, "demo");
    FAIL() << "accepted a file whose original is unknown";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("git checkout -- katas/demo/test.cpp"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace checker::build
