// The report's findings come from evidence: the kata's detectors, the compiled loops, the
// scaling fit, clang-tidy; and their severity follows the context.
#include <gtest/gtest.h>

#include "report/evidence.hpp"

namespace checker::report {
namespace {

catalogue::KataSpec demo_kata() {
  catalogue::KataSpec kata;
  kata.slug = "demo";
  kata.title = "Demo";
  kata.entry = "total";
  catalogue::FindingSpec copy;
  copy.id = "copy-in-loop";
  copy.severity = Severity::high;
  copy.title = "A copy per element";
  copy.detect.kind = catalogue::Detector::Kind::clang_query;
  catalogue::FindingSpec growth;
  growth.id = "quadratic";
  growth.severity = Severity::critical;
  growth.title = "Quadratic";
  growth.detect.kind = catalogue::Detector::Kind::scaling;
  growth.detect.worse_than = "n_log_n";
  kata.findings = {copy, growth};
  return kata;
}

Evidence not_yet_evidence() {
  Evidence evidence;
  evidence.solution_file = "katas/demo/solution.cpp";
  evidence.solution_lines = std::vector<std::string>(30, "  x;");
  evidence.verdict = Verdict::not_yet;
  evidence.detectors_ran = true;
  evidence.detector_lines["copy-in-loop"] = {12};
  evidence.compiled_loops = {{10, 20, "loop over lines 10–20: calls operator new; scalar"},
                             {11, 13, "loop over lines 11–13: calls memcpy; scalar"}};
  return evidence;
}

TEST(AssembleReport, AFindingCarriesTheInnermostCompiledLoopAroundItsLine) {
  const auto report = assemble_report(demo_kata(), not_yet_evidence());
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].id, "copy-in-loop");
  EXPECT_EQ(report.findings[0].machine_code, "loop over lines 11–13: calls memcpy; scalar");
}

TEST(AssembleReport, AScalingFindingAppearsOnlyWhenMeasured) {
  auto evidence = not_yet_evidence();
  evidence.measured_findings["quadratic"] = "still O(N^2): ×3.9 per doubling";
  evidence.scaling = Scaling{{"N^2", 4.0, {{1000, 1.0}, {2000, 4.0}}}, {"N^2", 3.9, {{1000, 0.5}, {2000, 1.95}}}};
  const auto report = assemble_report(demo_kata(), evidence);
  ASSERT_EQ(report.findings.size(), 2u);
  EXPECT_EQ(report.findings[0].id, "quadratic") << "critical first";
  EXPECT_EQ(report.findings[0].impact, "still O(N^2): ×3.9 per doubling");
  ASSERT_TRUE(report.scaling);
  EXPECT_EQ(report.scaling->solution.big_o, "N^2");
}

TEST(AssembleReport, ClangTidyWarningsBecomeFindingsRankedByWhereTheyAre) {
  auto evidence = not_yet_evidence();
  evidence.static_warnings = {{"performance-for-range-copy", 15, "the loop variable is copied", Severity::medium},
                              {"performance-unnecessary-value-param", 3, "parameter copied", Severity::medium},
                              {"performance-inefficient-string-concatenation", 12, "same line as the kata's", Severity::high}};
  const auto report = assemble_report(demo_kata(), evidence);
  ASSERT_EQ(report.findings.size(), 3u) << "the warning on the kata finding's line is folded into it";
  const auto& in_loop = report.findings[1];
  EXPECT_EQ(in_loop.id, "clang-tidy/performance-for-range-copy");
  EXPECT_EQ(in_loop.severity, Severity::medium);
  EXPECT_EQ(in_loop.location->line, 15);
  EXPECT_EQ(in_loop.machine_code, "loop over lines 10–20: calls operator new; scalar");
  const auto& cold = report.findings[2];
  EXPECT_EQ(cold.id, "clang-tidy/performance-unnecessary-value-param");
  EXPECT_EQ(cold.severity, Severity::low);
  EXPECT_NE(cold.severity_reason.find("not inside a loop"), std::string::npos);
  EXPECT_NE(cold.fix_after.find("clang-tidy/checks/performance/unnecessary-value-param.html"), std::string::npos);
}

TEST(AssembleReport, TheProfileRaisesHotAndLowersColdFindings) {
  auto evidence = not_yet_evidence();
  evidence.profile_tool = "perf";
  evidence.line_shares = {{12, 0.8}, {20, 0.01}};
  auto report = assemble_report(demo_kata(), evidence);
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].severity, Severity::critical) << "HIGH raised: its line takes 80%";
  EXPECT_NE(report.findings[0].severity_reason.find("80% of the perf profile"), std::string::npos);

  evidence.line_shares = {{12, 0.02}, {20, 0.9}};
  report = assemble_report(demo_kata(), evidence);
  EXPECT_EQ(report.findings[0].severity, Severity::low);
  EXPECT_NE(report.findings[0].severity_reason.find("(cold)"), std::string::npos);
}

// A new allocation in the loop appears as a finding when the harness counts it, at the
// compiled loop that calls operator new, and disappears once the count is back down.
TEST(AssembleReport, AllocationsTheLearnerIntroducedAppearAndDisappear) {
  Evidence evidence = not_yet_evidence();
  Speedup speedup;
  speedup.input_size = 4000;
  speedup.baseline_allocations = 10;
  speedup.solution_allocations = 4010;
  evidence.speedup = speedup;
  const auto introduced = [](const Report& report) {
    return std::find_if(report.findings.begin(), report.findings.end(),
                        [](const Finding& f) { return f.id == "introduced-allocations"; });
  };
  const auto report = assemble_report(demo_kata(), evidence);
  const auto found = introduced(report);
  ASSERT_NE(found, report.findings.end());
  EXPECT_EQ(found->severity, Severity::high) << "one or more per item";
  ASSERT_TRUE(found->location.has_value());
  EXPECT_EQ(found->location->line, 10) << "the compiled loop that calls operator new";
  EXPECT_NE(found->title.find("4010"), std::string::npos);
  evidence.verdict = Verdict::pass;  // reached the target anyway: the allocations are its business
  const auto passed = assemble_report(demo_kata(), evidence);
  EXPECT_EQ(introduced(passed), passed.findings.end());
  evidence.verdict = Verdict::not_yet;
  evidence.speedup->solution_allocations = 12;  // fixed: about the baseline's count
  const auto fixed = assemble_report(demo_kata(), evidence);
  EXPECT_EQ(introduced(fixed), fixed.findings.end());
  evidence.speedup->solution_allocations = 2;  // fewer than the baseline: nothing to say
  const auto fewer = assemble_report(demo_kata(), evidence);
  EXPECT_EQ(introduced(fewer), fewer.findings.end());
}

TEST(AssembleReport, TheLineProfileListsTheHottestLinesWithTheirText) {
  Evidence evidence = not_yet_evidence();
  evidence.solution_lines[11] = "    out = out + item;   ";
  evidence.solution_lines[4] = "\tint header = 0;";
  evidence.profile_tool = "perf";
  evidence.line_shares = {{5, 0.01}, {12, 0.62}, {13, 0.20}, {14, 0.05}, {40, 0.02}};
  const auto profile = line_profile(evidence, 3);
  ASSERT_TRUE(profile.has_value());
  EXPECT_EQ(profile->tool, "perf");
  EXPECT_NEAR(profile->file_share, 0.90, 1e-9);
  ASSERT_EQ(profile->hottest.size(), 3u);
  EXPECT_EQ(profile->hottest[0].number, 12);
  EXPECT_EQ(profile->hottest[0].text, "out = out + item;");
  EXPECT_EQ(profile->hottest[1].number, 13);
  EXPECT_EQ(profile->hottest[2].number, 14);
  // A line past the end of the file (the source changed since the profile) has no text.
  const auto all = line_profile(evidence, 10)->hottest;
  ASSERT_EQ(all.size(), 5u);
  EXPECT_EQ(all[3].number, 40);
  EXPECT_EQ(all[3].text, "");
  EXPECT_EQ(all[4].text, "int header = 0;");
  EXPECT_FALSE(line_profile(not_yet_evidence()).has_value());
  EXPECT_TRUE(assemble_report(demo_kata(), evidence).profile.has_value());
}

TEST(AssembleReport, AFixedFindingDisappearsAndPassLowersWhatIsLeft) {
  auto evidence = not_yet_evidence();
  evidence.detector_lines.clear();
  EXPECT_TRUE(assemble_report(demo_kata(), evidence).findings.empty());
  evidence = not_yet_evidence();
  evidence.verdict = Verdict::pass;
  const auto report = assemble_report(demo_kata(), evidence);
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].severity, Severity::medium);
  EXPECT_EQ(report.findings[0].catalogued, Severity::high);
}

}  // namespace
}  // namespace checker::report
