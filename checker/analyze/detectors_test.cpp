// Every structural detector of every kata, against its variants: it must fire on the
// baseline, on a renamed variant (testdata/<slug>/renamed.cpp) and on a reformatted one
// (clang-format, another style), and stay silent on the reference solution and on the
// reference with the baseline's code left in comments.
#include "analyze/detectors.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "catalogue/kata_spec.hpp"
#include "process/process.hpp"

namespace checker::analyze {
namespace {

namespace fs = std::filesystem;
const fs::path kRoot = KATA_SOURCE_DIR;

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

fs::path write_variant(const std::string& slug, const std::string& name, const std::string& text) {
  const fs::path folder = fs::temp_directory_path() / ("kata-detectors-" + std::to_string(::getpid())) / slug;
  fs::create_directories(folder);
  std::ofstream(folder / name) << text;
  return folder / name;
}

std::string commented_out(const std::string& code) {
  std::istringstream lines(code);
  std::string out;
  for (std::string line; std::getline(lines, line);) out += "// " + line + "\n";
  return out;
}

class Detectors : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!process::find_program("clang-query")) GTEST_SKIP() << "skipped: clang-query missing";
    kata_ = catalogue::load_kata_spec(kRoot / "katas" / GetParam() / "kata.json");
    includes_ = {kRoot / "katas" / GetParam(), kRoot / "katas" / "common" / "include"};
    for (const auto& finding : kata_.findings)
      if (finding.detect.kind == catalogue::Detector::Kind::clang_query) structural_.push_back(finding.id);
  }

  DetectorRun detect(const fs::path& file) {
    auto run = run_detectors(kata_, file, includes_);
    EXPECT_TRUE(run.available) << run.problem;
    return run;
  }

  void expect_fires(const fs::path& file, const std::string& what) {
    const auto run = detect(file);
    for (const auto& id : structural_) EXPECT_TRUE(run.lines.count(id)) << id << " silent on " << what;
  }

  void expect_silent(const fs::path& file, const std::string& what) {
    const auto run = detect(file);
    for (const auto& id : structural_) EXPECT_FALSE(run.lines.count(id)) << id << " fired on " << what;
  }

  catalogue::KataSpec kata_;
  std::vector<fs::path> includes_;
  std::vector<std::string> structural_;
};

TEST_P(Detectors, FireOnTheBaselineAndItsRenamedAndReformattedVariants) {
  if (structural_.empty()) GTEST_SKIP() << "no structural detector";
  const fs::path baseline = kRoot / "katas" / GetParam() / "baseline.cpp";
  expect_fires(baseline, "baseline.cpp");

  const fs::path renamed = kRoot / "checker" / "analyze" / "testdata" / GetParam() / "renamed.cpp";
  ASSERT_TRUE(fs::exists(renamed)) << "add " << renamed << " (see docs/authoring-a-kata.md)";
  expect_fires(write_variant(GetParam(), "renamed.cpp", read(renamed)), "the renamed variant");

  const auto formatted = process::run({.program = "clang-format",
                                       .args = {"--style={BasedOnStyle: GNU, ColumnLimit: 38}", baseline.string()}});
  if (!formatted.succeeded()) GTEST_SKIP() << "skipped: clang-format missing";
  expect_fires(write_variant(GetParam(), "reformatted.cpp", formatted.standard_output), "the reformatted baseline");
}

TEST_P(Detectors, StaySilentOnTheReferenceAndOnCommentedOutCode) {
  if (structural_.empty()) GTEST_SKIP() << "no structural detector";
  const std::string reference = read(kRoot / "solutions" / GetParam() / "solution.cpp");
  expect_silent(write_variant(GetParam(), "reference.cpp", reference), "the reference solution");
  const std::string baseline = read(kRoot / "katas" / GetParam() / "baseline.cpp");
  expect_silent(write_variant(GetParam(), "commented.cpp", reference + "\n" + commented_out(baseline)),
                "the reference with the baseline commented out");
}

TEST_P(Detectors, LocateDecoysWhereTheyAreDefined) {
  const auto run = detect(kRoot / "katas" / GetParam() / "baseline.cpp");
  for (const auto& finding : kata_.findings) {
    if (finding.detect.kind == catalogue::Detector::Kind::decoy) {
      EXPECT_TRUE(run.lines.count(finding.id)) << "decoy " << finding.detect.function << " not found";
    }
  }
}

std::vector<std::string> all_katas() {
  std::vector<std::string> slugs;
  for (const auto& kata : catalogue::load_catalogue(kRoot / "katas").katas) slugs.push_back(kata.slug);
  return slugs;
}

INSTANTIATE_TEST_SUITE_P(AllKatas, Detectors, ::testing::ValuesIn(all_katas()),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

TEST(ClangQueryOutput, CountsMatchesPerCommand) {
  const std::string output =
      "\nMatch #1:\n\n/src/a.cpp:25:3: note: \"root\" binds here\n  x = x + y;\n  ^\n1 match.\n"
      "0 matches.\n"
      "\nMatch #1:\n\n/src/a.cpp:9:1: note: \"root\" binds here\n\nMatch #2:\n\n/other.hpp:3:1: note: \"root\" binds here\n2 matches.\n";
  const auto found = parse_clang_query_output(output, "/src/a.cpp");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0], std::vector<int>{25});
  EXPECT_TRUE(found[1].empty());
  EXPECT_EQ(found[2], std::vector<int>{9});
}

}  // namespace
}  // namespace checker::analyze
