// End-to-end: the real `kata` executable against fixture solutions. Verdicts that depend
// on timing are `kata verify`'s business; these tests cover what must never depend on it:
// broken code is BROKEN with a clear reason, within limits, and the report's commands and
// snippets work.
#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <fstream>
#include <thread>
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
  const auto result = kata({"check", "string-concat", "--no-calibrate", "--format", "json", "--max-seconds", "60",
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

// The evidence engine end to end: the starting solution's report names the concatenation
// at its line and shows how the cost grows; the reference's report has no such finding.
// (Whether the fit says N^2 is timing, which tests never assert: only that it was made.)
TEST(KataReport, NamesTheAntiPatternWithItsLineAndShowsGrowthUntilItIsFixed) {
  const auto starting = kata({"check", "string-concat", "--no-calibrate", "--format", "json", "--max-seconds", "60",
                              "--solution", (kRoot / "katas" / "string-concat" / "solution.cpp").string()});
  ASSERT_NE(starting.exit_code, 2) << starting.standard_output << starting.standard_error;
  const auto report = nlohmann::json::parse(starting.standard_output);
  const auto& findings = report["findings"];
  const auto concatenation = std::find_if(findings.begin(), findings.end(),
                                          [](const auto& f) { return f["id"] == "quadratic-concatenation"; });
  ASSERT_NE(concatenation, findings.end()) << starting.standard_output;
  EXPECT_EQ((*concatenation)["location"]["line"], 27);
  EXPECT_NE((*concatenation)["code"].dump().find("report = report + sample.host"), std::string::npos);
  ASSERT_TRUE(report["scaling"].is_object()) << starting.standard_output;
  EXPECT_EQ(report["scaling"]["baseline"]["points"].size(), 4u);
  EXPECT_GT(report["scaling"]["solution"]["per_doubling"].get<double>(), 0);

  const auto fixed = kata({"check", "string-concat", "--no-calibrate", "--format", "md", "--max-seconds", "60",
                           "--solution", (kRoot / "solutions" / "string-concat" / "solution.cpp").string()});
  ASSERT_NE(fixed.exit_code, 2) << fixed.standard_output << fixed.standard_error;
  EXPECT_TRUE(fixed.standard_output.starts_with("## string-concat")) << fixed.standard_output;
  EXPECT_EQ(fixed.standard_output.find("report = report +"), std::string::npos) << fixed.standard_output;
  EXPECT_NE(fixed.standard_output.find("| growth (n = 500..4000) |"), std::string::npos) << fixed.standard_output;
}

// `kata asm --ce` end to end against a local stand-in for Compiler Explorer.
TEST(KataAsm, CompilerExplorerListingMapsLinesBackAndSharesALink) {
  httplib::Server server;
  nlohmann::json compiled_source;
  server.Post(R"(/api/compiler/([a-z0-9]+)/compile)", [&](const httplib::Request& request, httplib::Response& response) {
    if (request.matches[1] != "g122") {
      response.status = 404;
      response.set_content("Unknown compiler", "text/plain");
      return;
    }
    const auto body = nlohmann::json::parse(request.body);
    const std::string source = body["source"];
    // Point one instruction at the pasted line holding the learner's concatenation.
    int line = 1, concatenation = 0;
    for (std::size_t at = 0; at < source.size(); ++at) {
      if (source.compare(at, 22, "report = report + samp") == 0) concatenation = line;
      if (source[at] == '\n') ++line;
    }
    const bool baseline = source.find("::baseline {") != std::string::npos;
    const std::string label = baseline ? "kata::string_concat::baseline::render_report(std::vector<Sample> const&):"
                                       : "kata::string_concat::solution::render_report(std::vector<Sample> const&):";
    nlohmann::json assembly = nlohmann::json::array({{{"text", label}, {"source", nullptr}},
                                                     {{"text", "        call    operator new(unsigned long)"},
                                                      {"source", {{"file", nullptr}, {"line", concatenation}}}}});
    response.set_content(nlohmann::json{{"code", 0}, {"asm", assembly}}.dump(), "application/json");
  });
  server.Post("/api/shortener", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(R"({"url": "http://127.0.0.1/z/test"})", "application/json");
  });
  server.Get(R"(/api/compilers/c\+\+)", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(R"([{"id": "g122", "name": "x86-64 gcc 12.2"}, {"id": "g132", "name": "x86-64 gcc 13.2"}])",
                         "application/json");
  });
  const int port = server.bind_to_any_port("127.0.0.1");
  std::thread thread([&] { server.listen_after_bind(); });
  const std::string url = "http://127.0.0.1:" + std::to_string(port);

  const auto shared = kata({"asm", "string-concat", "--ce", "--server", url, "--share"});
  EXPECT_EQ(shared.exit_code, 0) << shared.standard_output << shared.standard_error;
  EXPECT_NE(shared.standard_output.find("kata::string_concat::solution::render_report"), std::string::npos);
  EXPECT_NE(shared.standard_output.find("kata::string_concat::baseline::render_report"), std::string::npos);
  EXPECT_NE(shared.standard_output.find("   27 |     report = report + sample.host"), std::string::npos)
      << shared.standard_output;
  EXPECT_NE(shared.standard_output.find("share: http://127.0.0.1/z/test"), std::string::npos);

  const auto unknown = kata({"asm", "string-concat", "--ce", "--server", url, "--compiler", "g12"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.standard_error.find("has no compiler 'g12'"), std::string::npos) << unknown.standard_error;
  EXPECT_NE(unknown.standard_error.find("g122 (x86-64 gcc 12.2)"), std::string::npos) << unknown.standard_error;
  server.stop();
  thread.join();

  const auto unreachable = kata({"asm", "string-concat", "--ce", "--server", url});
  EXPECT_EQ(unreachable.exit_code, 2);
  EXPECT_NE(unreachable.standard_error.find("cannot connect"), std::string::npos) << unreachable.standard_error;
  EXPECT_EQ(unreachable.standard_error.find('\n', unreachable.standard_error.find("kata asm --ce:")),
            unreachable.standard_error.size() - 1) << "one line";
}

TEST(KataAsm, LocalListingShowsTheLoopsOfTheMeasuredObject) {
  const auto result = kata({"asm", "string-concat", "--loops"});
  EXPECT_EQ(result.exit_code, 0) << result.standard_error;
  EXPECT_NE(result.standard_output.find("kata::string_concat::solution::render_report"), std::string::npos);
  EXPECT_NE(result.standard_output.find("loop over lines"), std::string::npos) << result.standard_output;
  EXPECT_NE(result.standard_output.find("calls "), std::string::npos) << result.standard_output;
}

TEST(KataReport, DeterministicCountsAreIdenticalFromRunToRun) {
  if (!checker::process::find_program("valgrind")) GTEST_SKIP() << "valgrind is not installed";
  std::vector<nlohmann::json> counts;
  for (int run = 0; run < 2; ++run) {
    const auto result = kata({"check", "string-concat", "--no-calibrate", "--deterministic", "--format", "json",
                              "--max-seconds", "60", "--solution",
                              (kRoot / "solutions" / "string-concat" / "solution.cpp").string()});
    ASSERT_NE(result.exit_code, 2) << result.standard_output << result.standard_error;
    const auto report = nlohmann::json::parse(result.standard_output);
    ASSERT_TRUE(report["deterministic"].is_object()) << result.standard_output;
    counts.push_back(report["deterministic"]);
  }
  EXPECT_GT(counts[0]["baseline"]["instructions"].get<double>(), counts[0]["solution"]["instructions"].get<double>());
  EXPECT_EQ(counts[0]["baseline"], counts[1]["baseline"]);
  EXPECT_EQ(counts[0]["solution"], counts[1]["solution"]);
}

TEST(KataReport, JunitFormatIsOneTestCase) {
  const auto result = check_fixture("does-not-compile.cpp", {"--format", "junit"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(result.standard_output.starts_with("<?xml")) << result.standard_output;
  EXPECT_NE(result.standard_output.find(R"(tests="1" failures="0" errors="1")"), std::string::npos) << result.standard_output;
  EXPECT_NE(result.standard_output.find("does-not-compile.cpp:7:"), std::string::npos) << result.standard_output;
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
