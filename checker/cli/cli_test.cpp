// End-to-end: the real `kata` executable against fixture solutions. Verdicts that depend
// on timing are `kata verify`'s business; these tests cover what must never depend on it:
// broken code is BROKEN with a clear reason, within limits, and the report's commands and
// snippets work.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "process/process.hpp"

namespace {

namespace fs = std::filesystem;
using checker::process::Result;

const fs::path kRoot = KATA_SOURCE_DIR;
const fs::path kKata = KATA_EXECUTABLE;
const fs::path kState = KATA_TEST_STATE_DIR;

Result kata(std::vector<std::string> args, std::vector<std::pair<std::string, std::string>> environment = {}) {
  environment.emplace_back("KATA_STATE_DIR", kState.string());
  environment.emplace_back("NO_COLOR", "1");
  return checker::process::run({.program = kKata,
                                .args = std::move(args),
                                .environment = std::move(environment),
                                .limits = {.wall_time = std::chrono::seconds(240)}});
}

Result check_fixture(const std::string& fixture, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"check", "string-concat", "--no-calibrate", "--plain", "--solution",
                                   (kRoot / "checker" / "cli" / "testdata" / fixture).string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return kata(args);
}

void expect_broken(const Result& result, std::initializer_list<const char*> phrases) {
  EXPECT_EQ(result.exit_code, 2) << result.standard_output << result.standard_error;
  EXPECT_NE(result.standard_output.find("BROKEN"), std::string::npos) << result.standard_output;
  for (const char* phrase : phrases)
    EXPECT_NE(result.standard_output.find(phrase), std::string::npos) << "missing '" << phrase << "' in:\n"
                                                                      << result.standard_output;
}

TEST(KataCheck, ACompileErrorShowsTheCompilersFirstErrorsWithFileAndLine) {
  expect_broken(check_fixture("does-not-compile.cpp"),
                {"does not compile", "does-not-compile.cpp:7:", "error:", "strin"});
}

TEST(KataCheck, ACrashIsBroken) {
  expect_broken(check_fixture("crashes.cpp"), {"crashed", "SIGSEGV"});
}

TEST(KataCheck, AHangIsBrokenWithinTheLimit) {
  const auto result = check_fixture("hangs.cpp", {"--test-seconds", "3"});
  expect_broken(result, {"hangs", "timed out"});
  EXPECT_LT(result.wall_time, std::chrono::seconds(60));
}

TEST(KataCheck, WrongResultsNameTheInputAndTheDifference) {
  expect_broken(check_fixture("wrong-result.cpp"), {"wrong results", "texts differ at line 1", "baseline:"});
}

TEST(KataCheck, AReplacedOperatorNewIsRejected) {
  expect_broken(check_fixture("replaces-operator-new.cpp"), {"operator new", "allocator"});
}

TEST(KataCheck, AMissingEntryFunctionIsALinkError) {
  expect_broken(check_fixture("missing-entry.cpp"), {"does not link", "kata::string_concat::solution::render_report"});
}

TEST(KataCheck, JsonReportOfABrokenSolution) {
  const auto result = check_fixture("does-not-compile.cpp", {"--format", "json"});
  EXPECT_EQ(result.exit_code, 2);
  const auto document = nlohmann::json::parse(result.standard_output);
  EXPECT_EQ(document["kata"], "string-concat");
  EXPECT_EQ(document["verdict"], "broken");
  EXPECT_TRUE(document["speedup"].is_null());
  for (const char* key : {"cpu", "cores", "compiler", "flags"}) EXPECT_TRUE(document["machine"].contains(key)) << key;
}

TEST(KataCommand, UnknownKataIsAUsageErrorWithSuggestions) {
  const auto result = kata({"check", "string-concta"});
  EXPECT_EQ(result.exit_code, 64);
  EXPECT_NE(result.standard_error.find("did you mean string-concat"), std::string::npos) << result.standard_error;
}

TEST(KataCommand, BadOptionsAreUsageErrors) {
  EXPECT_EQ(kata({"check"}).exit_code, 64);
  EXPECT_EQ(kata({"check", "string-concat", "--format", "yaml"}).exit_code, 64);
  EXPECT_EQ(kata({"frobnicate"}).exit_code, 64);
}

TEST(KataCommand, AMalformedKataJsonNamesFileAndField) {
  const fs::path root = kState / "malformed-root";
  fs::remove_all(root);
  fs::create_directories(root / "katas" / "broken-kata");
  std::ofstream(root / "katas" / "broken-kata" / "kata.json") << R"({"slug": "broken-kata", "title": 5})";
  const auto result = kata({"show", "broken-kata"}, {{"KATA_ROOT", root.string()}});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.standard_error.find("broken-kata/kata.json: field 'title': must be a string"), std::string::npos)
      << result.standard_error;
}

TEST(KataCommand, ListShowAndHint) {
  const auto list = kata({"list"});
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_NE(list.standard_output.find("string-concat"), std::string::npos);
  const auto show = kata({"show", "string-concat"});
  EXPECT_EQ(show.exit_code, 0);
  EXPECT_NE(show.standard_output.find("Your task"), std::string::npos);
  const auto hint = kata({"hint", "string-concat", "2"});
  EXPECT_EQ(hint.exit_code, 0);
  EXPECT_NE(hint.standard_output.find("Hint 2/3"), std::string::npos);
  EXPECT_EQ(kata({"hint", "string-concat", "9"}).exit_code, 64);
}

// Section 4 and 5 of a report: every command it prints runs here, every snippet compiles.
TEST(KataReport, ProfilingCommandsRunAndTheBenchmarkSnippetCompiles) {
  const auto result = kata({"check", "string-concat", "--no-calibrate", "--format", "json", "--max-seconds", "10",
                            "--solution", (kRoot / "solutions" / "string-concat" / "solution.cpp").string()});
  ASSERT_NE(result.exit_code, 2) << result.standard_output << result.standard_error;
  const auto report = nlohmann::json::parse(result.standard_output);
  ASSERT_FALSE(report["profiling"].empty());
  for (const auto& step : report["profiling"]) {
    if (!step["available"].get<bool>()) {
      std::cout << "skipped: " << step["tool"] << ": " << step["note"] << "\n";
      continue;
    }
    for (const auto& command : step["commands"]) {
      std::vector<std::pair<std::string, std::string>> environment;
      for (const auto& [name, value] : command["environment"].items()) environment.emplace_back(name, value);
      auto argv = command["argv"].get<std::vector<std::string>>();
      const auto ran = checker::process::run({.program = argv.front(),
                                              .args = {argv.begin() + 1, argv.end()},
                                              .environment = environment,
                                              .limits = {.wall_time = std::chrono::seconds(180)}});
      const bool perf_not_permitted = argv.front() == "perf" && ran.standard_error.find("perf_event_paranoid") != std::string::npos;
      if (perf_not_permitted) {
        std::cout << "skipped: perf is not permitted here (perf_event_paranoid)\n";
        break;
      }
      EXPECT_TRUE(ran.succeeded()) << command["shell"] << "\n" << ran.describe() << "\n" << ran.standard_error;
    }
  }
  const fs::path snippet = kState / "snippet" / "my_bench.cpp";
  fs::create_directories(snippet.parent_path());
  std::ofstream(snippet) << report["benchmark"]["code"].get<std::string>();
  const auto compiled = checker::process::run(
      {.program = "g++",
       .args = {"-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-I" + (kRoot / "katas" / "string-concat").string(),
                "-I" + (kRoot / "katas" / "common" / "include").string(), snippet.string()}});
  EXPECT_TRUE(compiled.succeeded()) << compiled.standard_error;
}

}  // namespace

namespace {

// Maintainers change a kata's fixed files and forget katas/PRISTINE: then every learner's
// check would silently use the old files. This keeps the manifest honest.
TEST(KataCommand, PristineManifestIsCurrent) {
  const auto result = kata({"pristine"});
  EXPECT_EQ(result.exit_code, 0) << result.standard_output
                                 << "run `./kata pristine --update` after changing a kata's fixed files";
}

}  // namespace
