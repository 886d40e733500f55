// A ranked kata (the capstone): findings in order of their lines' measured share, the
// movement since the previous check, and how many of the top findings the target needs.
#include <gtest/gtest.h>

#include "report/evidence.hpp"

namespace checker::report {
namespace {

catalogue::FindingSpec clang_query_finding(const std::string& id, Severity severity) {
  catalogue::FindingSpec finding;
  finding.id = id;
  finding.title = "title of " + id;
  finding.severity = severity;
  finding.detect.kind = catalogue::Detector::Kind::clang_query;
  return finding;
}

// Catalogued in an order and with severities the measurement contradicts: the profile decides.
catalogue::KataSpec capstone() {
  catalogue::KataSpec kata;
  kata.slug = "capstone";
  kata.entry = "run_job";
  kata.target_speedup = 4;
  kata.ranked_by_profile = true;
  catalogue::FindingSpec decoy;
  decoy.id = "config-regex";
  decoy.title = "regex in the config parser";
  decoy.severity = Severity::low;
  decoy.detect.kind = catalogue::Detector::Kind::decoy;
  decoy.detect.function = "read_config";
  kata.findings = {clang_query_finding("minor-copy", Severity::critical), clang_query_finding("regex-per-line", Severity::high),
                   clang_query_finding("linear-find", Severity::high), decoy};
  return kata;
}

// The starting code: 90% of the samples under the learner's file, the harness the rest.
Evidence starting_evidence() {
  Evidence evidence;
  evidence.solution_file = "katas/capstone/solution.cpp";
  evidence.solution_lines = std::vector<std::string>(80, "  x;");
  evidence.verdict = Verdict::not_yet;
  evidence.unchanged_from_start = true;
  evidence.detectors_ran = true;
  evidence.detector_lines = {{"minor-copy", {30}}, {"regex-per-line", {40, 41}}, {"linear-find", {50}}, {"config-regex", {5}}};
  evidence.profile_tool = "perf";
  evidence.line_shares = {{30, 0.045}, {40, 0.36}, {41, 0.09}, {50, 0.27}, {60, 0.135}};  // 0.9 in the file
  return evidence;
}

TEST(RankFindings, FindingsAreOrderedByTheirShareOfTheTimeInTheLearnersCode) {
  const auto report = assemble_report(capstone(), starting_evidence());
  ASSERT_EQ(report.findings.size(), 4u);
  EXPECT_EQ(report.findings[0].id, "regex-per-line");
  EXPECT_EQ(report.findings[1].id, "linear-find");
  EXPECT_EQ(report.findings[2].id, "minor-copy") << "catalogued critical, measured small: ranked below";
  EXPECT_TRUE(report.findings[3].cold_path) << "the decoy comes last";
  ASSERT_TRUE(report.findings[0].share.has_value());
  EXPECT_NEAR(*report.findings[0].share, 0.5, 1e-9) << "0.45 of all samples is half the time in the file";
  EXPECT_NEAR(*report.findings[1].share, 0.3, 1e-9);
  EXPECT_NE(report.findings[0].impact.find("50% of the time in your code (perf)"), std::string::npos)
      << report.findings[0].impact;
  EXPECT_NE(report.most_critical.front().find("(50% of the time)"), std::string::npos) << report.most_critical.front();
  EXPECT_EQ(report.recommendations.front().title, "title of regex-per-line");

  ASSERT_TRUE(report.ranking.has_value());
  const auto& ranking = *report.ranking;
  ASSERT_EQ(ranking.open.size(), 3u);
  EXPECT_EQ(ranking.open[0].id, "regex-per-line");
  EXPECT_FALSE(ranking.open[0].previous_share.has_value()) << "the first check has nothing to compare with";
  EXPECT_TRUE(ranking.fixed.empty());
  // 4× from the start needs 75% of the time gone: the top finding (50%) cannot, the top two (80%) can.
  EXPECT_NE(ranking.next.find("Next bottleneck: title of regex-per-line (50% of the time)"), std::string::npos) << ranking.next;
  EXPECT_NE(ranking.next.find("about 75%"), std::string::npos) << ranking.next;
  EXPECT_NE(ranking.next.find("the top 2 together take 80%"), std::string::npos) << ranking.next;
}

TEST(RankFindings, AFixedFindingLeavesTheRankingAndTheNextBottleneckMovesUp) {
  auto evidence = starting_evidence();
  evidence.unchanged_from_start = false;
  evidence.previous_shares = {{"regex-per-line", 0.5}, {"linear-find", 0.3}, {"minor-copy", 0.05}};
  evidence.detector_lines.erase("regex-per-line");
  evidence.line_shares = {{30, 0.1}, {50, 0.6}, {60, 0.3}};
  Speedup speedup;
  speedup.estimate = 2.0;
  speedup.target = 4;
  evidence.speedup = speedup;
  const auto ranking = assemble_report(capstone(), evidence).ranking;
  ASSERT_TRUE(ranking.has_value());
  ASSERT_EQ(ranking->open.size(), 2u);
  EXPECT_EQ(ranking->open[0].id, "linear-find");
  EXPECT_NEAR(ranking->open[0].share, 0.6, 1e-9);
  ASSERT_TRUE(ranking->open[0].previous_share.has_value());
  EXPECT_NEAR(*ranking->open[0].previous_share, 0.3, 1e-9);
  ASSERT_EQ(ranking->fixed.size(), 1u);
  EXPECT_EQ(ranking->fixed[0].id, "regex-per-line");
  EXPECT_NEAR(ranking->fixed[0].share, 0.5, 1e-9);
  // At 2× of a 4× target, half of the current time must go: the new top finding (60%) is enough.
  EXPECT_NE(ranking->next.find("about 50%"), std::string::npos) << ranking->next;
  EXPECT_NE(ranking->next.find("this finding alone takes 60%"), std::string::npos) << ranking->next;
}

TEST(RankFindings, EveryMatchedLineCountsNotOnlyTheFewTheReportShows) {
  auto evidence = starting_evidence();
  evidence.detector_lines["regex-per-line"] = {40, 41, 42, 43, 44, 45};
  evidence.line_shares = {{40, 0.1}, {45, 0.38}, {50, 0.2}, {60, 0.12}};  // 0.8 in the file
  const auto report = assemble_report(capstone(), evidence);
  ASSERT_EQ(report.findings[0].id, "regex-per-line");
  EXPECT_EQ(report.findings[0].code.size(), 4u) << "the report shows four lines";
  EXPECT_NEAR(*report.findings[0].share, 0.6, 1e-9) << "line 45's samples count too";
  // 48% of all samples, 60% of the time in the file: the severity follows the share it states.
  EXPECT_EQ(report.findings[0].severity, Severity::critical);
  EXPECT_NE(report.findings[0].severity_reason.find("raised: its lines take 60%"), std::string::npos)
      << report.findings[0].severity_reason;
}

TEST(RankFindings, OnlyRankedKatasWithAProfileAreRanked) {
  auto kata = capstone();
  kata.ranked_by_profile = false;
  const auto unranked = assemble_report(kata, starting_evidence());
  EXPECT_FALSE(unranked.ranking.has_value());
  EXPECT_FALSE(unranked.findings[0].share.has_value());
  EXPECT_NE(unranked.findings[0].impact.find("of the perf profile"), std::string::npos)
      << "without ranking, the share is of the whole profile: " << unranked.findings[0].impact;
  auto evidence = starting_evidence();
  evidence.line_shares.clear();
  EXPECT_FALSE(assemble_report(capstone(), evidence).ranking.has_value());
}

TEST(RankFindings, APassSaysTheRestIsOptional) {
  auto evidence = starting_evidence();
  evidence.unchanged_from_start = false;
  evidence.verdict = Verdict::pass;
  evidence.detector_lines = {{"minor-copy", {30}}};
  evidence.line_shares = {{30, 0.2}, {60, 0.6}};
  const auto ranking = assemble_report(capstone(), evidence).ranking;
  ASSERT_TRUE(ranking.has_value());
  EXPECT_NE(ranking->next.find("Target reached"), std::string::npos) << ranking->next;
  EXPECT_NE(ranking->next.find("25% of the time"), std::string::npos) << ranking->next;
}

}  // namespace
}  // namespace checker::report
