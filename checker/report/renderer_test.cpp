#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/renderer.hpp"

namespace checker::report {
namespace {

Report sample_report() {
  Report report;
  report.kata = "string-concat";
  report.title = "The minute report";
  report.verdict = Verdict::not_yet;
  report.verdict_reason = "speedup 4.1× [3.8, 4.4] is below the target 10×";
  Speedup speedup;
  speedup.metric = "cpu_time";
  speedup.estimate = 4.1;
  speedup.low = 3.8;
  speedup.high = 4.4;
  speedup.target = speedup.catalogue_target = 10;
  speedup.reference_speedup = 33.0;
  speedup.null_ratio = 1.01;
  speedup.baseline_ms = 42.7;
  speedup.solution_ms = 10.4;
  speedup.rounds = 2;
  speedup.input_size = 4000;
  report.speedup = speedup;
  report.machine = {"Test CPU", 2, "g++ 12.2.0", "-O2 -g", "6.1"};
  report.assessment = "Concerning";
  report.most_critical = {"The whole report is copied for every line"};
  report.improvement_potential = "about 8× more: the reference reaches 33× here";
  Finding finding;
  finding.id = "quadratic-concatenation";
  finding.severity = Severity::critical;
  finding.catalogued = Severity::critical;
  finding.title = "The whole report is copied for every line";
  finding.location = Location{"katas/string-concat/solution.cpp", 27, "render_report"};
  finding.impact = "8,001 allocations per call";
  finding.root_cause = "report + x copies";
  finding.code = {{27, "    report = report + sample.host;"}};
  finding.fix_before = "report = report + x;";
  finding.fix_after = "report += x;";
  finding.expected_improvement = "O(n²) to O(n)";
  finding.effort = "low";
  report.findings.push_back(finding);
  Finding decoy = finding;
  decoy.id = "header";
  decoy.severity = Severity::low;
  decoy.cold_path = true;
  decoy.title = "The header is glued together";
  report.findings.push_back(decoy);
  report.recommendations.push_back({"Append in place", Severity::critical, "it is O(n²)", "kata check", "none"});
  report.profiling.push_back({"perf", "where the time goes",
                              {CommandLine{{}, {"perf", "record", "-e", "cpu-clock", "-g", "./bench"}}},
                              "no hardware counters"});
  report.benchmark = {"BENCHMARK(BM_Render);", CommandLine{{}, {"./bench", "--benchmark_filter=solution"}},
                      "baseline 42.7 ms", "lower is better"};
  return report;
}

TEST(TextRenderer, PrintsTheSectionsInTheSeedsOrder) {
  const auto text = make_text_renderer({.colour = false, .emoji = true})->render(sample_report());
  std::size_t position = 0;
  for (const char* heading : {"VERDICT", "1. EXECUTIVE SUMMARY", "Performance Assessment: Concerning",
                              "Most Critical Issues:", "Estimated Improvement Potential:", "2. DETAILED FINDINGS",
                              "🚩 CRITICAL", "Location: katas/string-concat/solution.cpp:27 (render_report)",
                              "Current Impact:", "Root Cause:", "Example from code:", "27 |", "❌ report = report + x;",
                              "✅ report += x;", "Expected Improvement:", "Implementation Effort: Low",
                              "💡 LOW", "cold path: leave it", "3. PRIORITIZED RECOMMENDATIONS", "Why it matters:",
                              "How to validate:", "Trade-offs / risks:", "4. PROFILING & MEASUREMENT STRATEGY",
                              "$ perf record", "5. BENCHMARK RECOMMENDATIONS", "BENCHMARK(BM_Render);",
                              "edit-to-verdict"}) {
    const auto found = text.find(heading, position);
    ASSERT_NE(found, std::string::npos) << "missing or out of order: " << heading << "\n" << text;
    position = found;
  }
}

TEST(TextRenderer, PlainStyleHasNoColourAndNoEmoji) {
  const auto text = make_text_renderer({.colour = false, .emoji = false})->render(sample_report());
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  for (unsigned char c : text) EXPECT_LT(c, 0x80) << "non-ASCII byte in plain output";
  EXPECT_NE(text.find("[CRITICAL]"), std::string::npos);
  EXPECT_NE(text.find("[LOW]"), std::string::npos);
}

TEST(TextRenderer, ColourStyleUsesAnsiCodes) {
  const auto text = make_text_renderer({.colour = true, .emoji = true})->render(sample_report());
  EXPECT_NE(text.find("\x1b[1;33mNOT YET"), std::string::npos);
}

TEST(TextRenderer, BrokenReportShowsTheProblemDetails) {
  Report report;
  report.kata = "string-concat";
  report.verdict = Verdict::broken;
  report.verdict_reason = "your solution does not compile";
  report.problem_details = {"katas/string-concat/solution.cpp:12:5: error: 'strin' was not declared"};
  const auto text = make_text_renderer({.colour = false, .emoji = false})->render(report);
  EXPECT_NE(text.find("BROKEN"), std::string::npos);
  EXPECT_NE(text.find("solution.cpp:12:5: error"), std::string::npos);
  EXPECT_EQ(text.find("EXECUTIVE SUMMARY"), std::string::npos);
}

TEST(JsonRenderer, HasTheDocumentedFields) {
  const auto document = nlohmann::json::parse(make_json_renderer()->render(sample_report()));
  EXPECT_EQ(document["schema_version"], 1);
  EXPECT_EQ(document["kata"], "string-concat");
  EXPECT_EQ(document["verdict"], "not_yet");
  EXPECT_DOUBLE_EQ(document["speedup"]["estimate"].get<double>(), 4.1);
  EXPECT_DOUBLE_EQ(document["speedup"]["ci_low"].get<double>(), 3.8);
  EXPECT_DOUBLE_EQ(document["speedup"]["ci_high"].get<double>(), 4.4);
  EXPECT_DOUBLE_EQ(document["speedup"]["target"].get<double>(), 10);
  EXPECT_EQ(document["speedup"]["metric"], "cpu_time");
  EXPECT_EQ(document["findings"][0]["severity"], "critical");
  EXPECT_EQ(document["findings"][0]["location"]["file"], "katas/string-concat/solution.cpp");
  EXPECT_EQ(document["findings"][0]["location"]["line"], 27);
  EXPECT_EQ(document["machine"]["cores"], 2);
  for (const char* key : {"cpu", "compiler", "flags"}) EXPECT_TRUE(document["machine"].contains(key)) << key;
  EXPECT_TRUE(document["executive_summary"].contains("assessment"));
}

// The allocation counts of baseline, learner and (once calibrated here) the reference.
TEST(Renderers, ShowTheReferencesAllocationsOnlyWhenKnown) {
  Report report = sample_report();
  report.speedup->baseline_allocations = 8001;
  report.speedup->solution_allocations = 4001;
  const auto unknown = nlohmann::json::parse(make_json_renderer()->render(report));
  EXPECT_TRUE(unknown["speedup"]["reference_allocations_per_call"].is_null());
  EXPECT_EQ(make_text_renderer({.colour = false, .emoji = false})->render(report).find("the reference: "),
            std::string::npos);

  report.speedup->reference_allocations = 2;
  const auto known = nlohmann::json::parse(make_json_renderer()->render(report));
  EXPECT_DOUBLE_EQ(known["speedup"]["reference_allocations_per_call"].get<double>(), 2);
  EXPECT_NE(make_text_renderer({.colour = false, .emoji = false})->render(report).find("8001 -> 4001 per call (the reference: 2)"),
            std::string::npos);
  EXPECT_NE(make_markdown_renderer()->render(report).find("| allocations per call | 8001 | 4001 (reference: 2) |"),
            std::string::npos);
}

TEST(Renderers, ShowTheLineProfileInEveryFormat) {
  Report report = sample_report();
  report.profile = LineProfile{"perf", {{27, 0.62, "report = report + sample.host; // a | b `x`"}, {30, 0.1, "++n;"}}, 0.8};
  const auto text = make_text_renderer({.colour = false, .emoji = false})->render(report);
  EXPECT_NE(text.find("where the time goes (perf; your file: 80% of all samples):"), std::string::npos) << text;
  EXPECT_NE(text.find(" 62.0%  line   27 | report = report + sample.host;"), std::string::npos) << text;
  const auto markdown = make_markdown_renderer()->render(report);
  EXPECT_NE(markdown.find("| share | line | code |"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("| 62.0% | 27 | `` report = report + sample.host; // a \\| b `x` `` |"), std::string::npos)
      << markdown;
  const auto document = nlohmann::json::parse(make_json_renderer()->render(report));
  EXPECT_EQ(document["profile"]["tool"], "perf");
  EXPECT_EQ(document["profile"]["lines"][0]["line"], 27);
  EXPECT_DOUBLE_EQ(document["profile"]["lines"][1]["share"].get<double>(), 0.1);
  EXPECT_TRUE(nlohmann::json::parse(make_json_renderer()->render(sample_report()))["profile"].is_null());
}

TEST(Renderers, ShowTheRankingAndItsMovementInEveryFormat) {
  auto report = sample_report();
  report.ranking = Ranking{"perf",
                           {{"linear-find", "Linear search per record", 0.6, 0.3}, {"copy", "A copy per record", 0.1, std::nullopt}},
                           {{"regex", "Regex compiled per line", 0.5, 0.5}},
                           "Next bottleneck: Linear search per record (60% of the time)."};
  const auto text = make_text_renderer({.colour = false, .emoji = false})->render(report);
  EXPECT_NE(text.find("1.  60%  Linear search per record  (was 30%)"), std::string::npos) << text;
  EXPECT_NE(text.find("2.  10%  A copy per record\n"), std::string::npos) << text;
  EXPECT_NE(text.find("fixed since your last check: Regex compiled per line (took 50%)"), std::string::npos) << text;
  EXPECT_LT(text.find("Next bottleneck"), text.find("2. DETAILED FINDINGS")) << "in the executive summary";
  const auto markdown = make_markdown_renderer()->render(report);
  EXPECT_NE(markdown.find("1. 60% — Linear search per record (was 30%)"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("- fixed since your last check: Regex compiled per line (took 50%)"), std::string::npos);
  const auto document = nlohmann::json::parse(make_json_renderer()->render(report));
  EXPECT_EQ(document["ranking"]["open"][0]["id"], "linear-find");
  EXPECT_DOUBLE_EQ(document["ranking"]["open"][0]["previous_share"].get<double>(), 0.3);
  EXPECT_TRUE(document["ranking"]["open"][1]["previous_share"].is_null());
  EXPECT_EQ(document["ranking"]["fixed"][0]["id"], "regex");
  EXPECT_TRUE(nlohmann::json::parse(make_json_renderer()->render(sample_report()))["ranking"].is_null());
}

TEST(JsonRenderer, BrokenReportHasNullSpeedup) {
  Report report;
  report.verdict = Verdict::broken;
  const auto document = nlohmann::json::parse(make_json_renderer()->render(report));
  EXPECT_EQ(document["verdict"], "broken");
  EXPECT_TRUE(document["speedup"].is_null());
}

TEST(MarkdownRenderer, HasTheSectionsAndFencesTheLearnersCode) {
  auto report = sample_report();
  report.findings[0].code = {{27, "    s = s + \"```\"; // std::vector<int>"}};
  const auto text = make_markdown_renderer()->render(report);
  std::size_t position = 0;
  for (const char* heading : {"## string-concat — The minute report", "**⏳ NOT YET**", "| time per call (n = 4000) | 42.7 ms | 10.4 ms |",
                              "### 1. Executive summary", "### 2. Detailed findings", "#### 🚩 CRITICAL",
                              "- **Location:** `katas/string-concat/solution.cpp:27` (`render_report`)", "````cpp",
                              "  27 |     s = s + \"```\"; // std::vector<int>", "// ❌", "#### 💡 LOW",
                              "cold path: leave it", "### 3. Prioritized recommendations", "### 4. Profiling",
                              "perf record -e cpu-clock -g ./bench", "### 5. Benchmark recommendations",
                              "BENCHMARK(BM_Render);"}) {
    const auto found = text.find(heading, position);
    ASSERT_NE(found, std::string::npos) << "missing or out of order: " << heading << "\n" << text;
    position = found;
  }
}

TEST(MarkdownRenderer, EscapesAngleBracketsOutsideCodeSpansOnly) {
  auto report = sample_report();
  report.verdict_reason = "a std::vector<int> is kept, `std::map<K, V>` is not";
  const auto text = make_markdown_renderer()->render(report);
  EXPECT_NE(text.find("a std::vector&lt;int> is kept, `std::map<K, V>` is not"), std::string::npos) << text;
}

TEST(JunitRenderer, NotYetIsAFailureWithTheVerdictAndTopFinding) {
  const auto xml = make_junit_renderer()->render(sample_report());
  EXPECT_NE(xml.find(R"(<testsuites name="perf-katas" tests="1" failures="1" errors="0" skipped="0")"), std::string::npos) << xml;
  EXPECT_NE(xml.find(R"(<testcase classname="perf-katas" name="string-concat")"), std::string::npos) << xml;
  EXPECT_NE(xml.find(R"(<failure type="not_yet" message="NOT YET: speedup 4.1× [3.8, 4.4] is below the target 10× | top finding [critical] The whole report is copied for every line at katas/string-concat/solution.cpp:27")"),
            std::string::npos) << xml;
  EXPECT_NE(xml.find("<system-out>"), std::string::npos);
  EXPECT_NE(xml.find("[-] report = report + x;"), std::string::npos) << "the plain-text report is the system-out";
}

TEST(JunitRenderer, BrokenIsAnErrorWithEscapedColourFreeDetails) {
  Report report;
  report.kata = "string-concat";
  report.verdict = Verdict::broken;
  report.verdict_reason = "your solution does not compile";
  report.problem_details = {"solution.cpp:3:1: \x1b[1;31merror:\x1b[0m expected ';' before '<' & \"x\""};
  const auto xml = make_junit_renderer()->render(report);
  EXPECT_NE(xml.find(R"(errors="1")"), std::string::npos);
  EXPECT_NE(xml.find("solution.cpp:3:1: error: expected &apos;;&apos; before &apos;&lt;&apos; &amp; &quot;x&quot;"),
            std::string::npos) << xml;
  EXPECT_EQ(xml.find('\x1b'), std::string::npos);
}

TEST(JunitRenderer, InconclusiveIsSkippedAndPassHasNoFailure) {
  auto report = sample_report();
  report.verdict = Verdict::inconclusive;
  EXPECT_NE(make_junit_renderer()->render(report).find("<skipped message=\"INCONCLUSIVE: "), std::string::npos);
  report.verdict = Verdict::pass;
  const auto xml = make_junit_renderer()->render(report);
  EXPECT_EQ(xml.find("<failure"), std::string::npos);
  EXPECT_EQ(xml.find("<skipped"), std::string::npos);
  EXPECT_NE(xml.find(R"(failures="0" errors="0" skipped="0")"), std::string::npos);
}

TEST(Renderers, FormatNamesPickTheRenderer) {
  for (const char* format : {"text", "json", "md", "junit"}) EXPECT_NE(make_renderer(format, {}), nullptr) << format;
  EXPECT_EQ(make_renderer("yaml", {}), nullptr);
}

TEST(CommandLine, QuotesWhatTheShellWouldSplit) {
  const CommandLine command{{{"GLIBC_TUNABLES", "glibc.cpu.x=1"}},
                            {"valgrind", "--toggle-collect=kata::x::solution::*", "my file's.cpp"}};
  EXPECT_EQ(command.to_shell(),
            "GLIBC_TUNABLES=glibc.cpu.x=1 valgrind '--toggle-collect=kata::x::solution::*' 'my file'\\''s.cpp'");
}

TEST(Verdicts, ExitCodesAreTheDocumentedOnes) {
  EXPECT_EQ(exit_code(Verdict::pass), 0);
  EXPECT_EQ(exit_code(Verdict::not_yet), 1);
  EXPECT_EQ(exit_code(Verdict::broken), 2);
  EXPECT_EQ(exit_code(Verdict::inconclusive), 3);
}

}  // namespace
}  // namespace checker::report
