#include "workshop/grade.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <set>

#include "workshop/board.hpp"

namespace checker::workshop {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class Grading : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("kata-grade-" + std::to_string(::getpid()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  void write(const fs::path& relative, const std::string& text) {
    fs::create_directories((folder_ / relative).parent_path());
    std::ofstream(folder_ / relative) << text;
  }
  fs::path folder_;
};

TEST_F(Grading, FindsFilesAndFoldersAndSaysWhatItSkipped) {
  write("in/alice.cpp", "a");
  write("in/bob/top-k.cpp", "b");
  write("in/carol/top-k/solution.cpp", "c");
  write("in/dave/notes.txt", "d");
  write("in/readme.md", "e");
  write("in/bad name.cpp", "f");
  std::vector<std::string> skipped;
  const auto found = find_submissions(folder_ / "in", "top-k", skipped);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].learner, "alice");
  EXPECT_EQ(found[1].file, folder_ / "in" / "bob" / "top-k.cpp");
  EXPECT_EQ(found[2].file, folder_ / "in" / "carol" / "top-k" / "solution.cpp");
  EXPECT_EQ(skipped.size(), 3u);
  write("in/alice/top-k.cpp", "again");
  EXPECT_THROW(find_submissions(folder_ / "in", "top-k", skipped), std::runtime_error);
  EXPECT_THROW(find_submissions(folder_ / "missing", "top-k", skipped), std::runtime_error);
}

// Found on a fresh clone: an unbounded interval is written as null in the check's JSON, and
// reading it as a number threw out of grade_one and stopped the whole class's grading.
TEST_F(Grading, AReportWithNullsAndOddFieldsIsStillAResult) {
  write("in/alice.cpp", "// a submission");
  const fs::path fake = folder_ / "fake-kata";
  write("fake-kata", R"(#!/bin/sh
cat <<'REPORT'
{"verdict": "pass", "verdict_reason": "fast", "problem_details": "none",
 "speedup": {"estimate": 20.5, "ci_low": 17.0, "ci_high": null, "target": 9},
 "findings": [{"severity": "high", "title": "t", "location": null}, 7, {"cold_path": true, "title": "cold"}],
 "machine": {"cpu": "x", "cores": 2}}
REPORT
)");
  fs::permissions(fake, fs::perms::owner_all);
  const auto result = grade_one({"alice", folder_ / "in" / "alice.cpp"}, "top-k", fake, folder_ / "results", Sandbox{},
                                GradeLimits{.wall = std::chrono::seconds(30)});
  EXPECT_EQ(result["status"], "pass") << result.dump(2);
  EXPECT_EQ(result["speedup"]["ci_high"], 0.0);
  EXPECT_EQ(result["speedup"]["estimate"], 20.5);
  ASSERT_EQ(result["findings"].size(), 2u) << result.dump(2);  // the cold path is left out
  EXPECT_EQ(result["findings"][0]["line"], 0);
  EXPECT_TRUE(fs::exists(folder_ / "results" / "alice.json"));
}

TEST_F(Grading, ShardsCoverEverySubmissionOnce) {
  std::vector<Submission> all;
  for (int i = 0; i < 11; ++i) all.push_back({"learner" + std::to_string(i), {}});
  std::multiset<std::string> seen;
  for (int shard = 1; shard <= 4; ++shard)
    for (const auto& submission : shard_of(all, shard, 4)) seen.insert(submission.learner);
  EXPECT_EQ(seen.size(), all.size());
  for (const auto& submission : all) EXPECT_EQ(seen.count(submission.learner), 1u);
  EXPECT_EQ(parse_shard("2/4"), std::pair(2, 4));
  for (const char* bad : {"0/4", "5/4", "2", "a/b", "2/4x", "-1/3", "1/0"})
    EXPECT_THROW(parse_shard(bad), std::invalid_argument) << bad;
}

json result(const std::string& learner, const std::string& kata, const std::string& status, double speedup,
            const std::string& cpu = "Test CPU") {
  return {{"learner", learner},
          {"kata", kata},
          {"status", status},
          {"reason", "because <reasons> & more"},
          {"speedup", {{"estimate", speedup}, {"ci_low", speedup * 0.9}, {"ci_high", speedup * 1.1}, {"target", 10}}},
          {"findings", json::array({{{"severity", "critical"}, {"title", "copies"}, {"line", 27}}})},
          {"deterministic", {{"baseline", {{"instructions", 1000}}}, {"solution", {{"instructions", 40}}}}},
          {"machine", {{"cpu", cpu}, {"cores", 2}, {"compiler", "g++ 12"}}}};
}

TEST_F(Grading, MergeJoinsShardsAndRefusesDuplicatesAndStrangers) {
  write("a/alice.json", result("alice", "top-k", "pass", 30).dump());
  write("b/bob.json", result("bob", "top-k", "not_yet", 3).dump());
  write("b/notes.txt", "ignored");
  const auto merged = merge_results({folder_ / "a", folder_ / "b"});
  ASSERT_EQ(merged["results"].size(), 2u);
  EXPECT_EQ(merged["results"][0]["learner"], "alice");
  write("c/alice-again.json", result("alice", "top-k", "broken", 0).dump());
  EXPECT_THROW(merge_results({folder_ / "a", folder_ / "c"}), std::runtime_error);
  write("d/x.json", "{\"not\": \"a result\"}");
  EXPECT_THROW(merge_results({folder_ / "d"}), std::runtime_error);
  write("e/x.json", "{ broken");
  EXPECT_THROW(merge_results({folder_ / "e"}), std::runtime_error);
}

TEST_F(Grading, JunitHasOneCasePerLearnerWithTheRightKind) {
  json merged = {{"results", json::array({result("alice", "top-k", "pass", 30), result("bob", "top-k", "not_yet", 3),
                                          result("carol", "top-k", "broken", 0), result("dave", "top-k", "inconclusive", 1)})}};
  const auto xml = results_as_junit(merged);
  EXPECT_NE(xml.find("tests=\"4\" failures=\"1\" errors=\"1\" skipped=\"1\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("name=\"bob\"><failure message=\"not_yet: because &lt;reasons&gt; &amp; more | top finding: copies\""),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("name=\"alice\"></testcase>"), std::string::npos);
}

// Found by fuzzing: results with missing or mistyped fields (a hand-edited file) crashed the
// JUnit writer (operator[] on a missing key of a const json) and threw from the board.
TEST(Board, MistypedResultsAreReadAsFallbacksNeverACrash) {
  const json odd = {{"learner", "eve"}, {"kata", "top-k"}, {"status", 3}, {"reason", json::array()},
                    {"findings", "many"}, {"speedup", {{"estimate", "fast"}}}, {"machine", {{"cores", "two"}}},
                    {"deterministic", {{"baseline", 1}}}};
  const json merged = {{"results", json::array({odd, json{{"learner", "fay"}, {"kata", "top-k"}, {"status", "pass"}}})}};
  const auto xml = results_as_junit(merged);
  EXPECT_NE(xml.find("name=\"eve\""), std::string::npos) << xml;
  EXPECT_NO_THROW((void)class_board_html({odd, merged["results"][1]}, "class"));
  EXPECT_NO_THROW((void)results_as_junit(json::array()));
}

TEST(Board, ATableOfVerdictsWithNoExternalResources) {
  const auto html = class_board_html({result("alice", "top-k", "pass", 30), result("bob<script>", "top-k", "not_yet", 3)},
                                     "Class <1>");
  EXPECT_NE(html.find("<table id=\"board\">"), std::string::npos);
  EXPECT_NE(html.find("30.00× [27.00, 33.00]"), std::string::npos);
  EXPECT_NE(html.find("bob&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("<title>Class &lt;1&gt;</title>"), std::string::npos);
  EXPECT_EQ(html.find("http"), std::string::npos) << "the page must not load anything";
  EXPECT_EQ(html.find("instruction"), std::string::npos);
}

TEST(Board, DifferentMachinesCompareInstructionCountsAndSaySo) {
  const auto html = class_board_html({result("alice", "top-k", "pass", 30, "CPU A"), result("bob", "top-k", "pass", 20, "CPU B")},
                                     "Class");
  EXPECT_NE(html.find("different machines"), std::string::npos);
  EXPECT_NE(html.find("25.0× fewer instr."), std::string::npos);
  EXPECT_EQ(html.find("30.00×"), std::string::npos);
}

TEST(Sandbox, ProbeSaysWhatHoldsOrWhy) {
  const auto sandbox = probe_sandbox(fs::temp_directory_path());
  if (::geteuid() == 0) {
    EXPECT_TRUE(sandbox.user.has_value() || !sandbox.notes.empty());
  }
  if (!sandbox.no_network || sandbox.cgroup_parent.empty()) {
    EXPECT_FALSE(sandbox.notes.empty());
  }
  if (!sandbox.cgroup_parent.empty()) fs::remove(sandbox.cgroup_parent);
}

}  // namespace
}  // namespace checker::workshop
