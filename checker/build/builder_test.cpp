#include "build/builder.hpp"
#include "build/compiler_message.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <unistd.h>

namespace checker::build {
namespace {

TEST(Diagnostics, MapsTheStagedPathBackAndPutsErrorsFirst) {
  const std::string output =
      "/tmp/stage/katas/x/solution.cpp: In function 'f':\n"
      "/tmp/stage/katas/x/solution.cpp:3:7: warning: unused variable 'y' [-Wunused-variable]\n"
      "/tmp/stage/katas/x/solution.cpp:12:5: error: 'strin' was not declared in this scope\n"
      "/tmp/stage/katas/x/kata.hpp:4:1: note: in expansion\n";
  const auto diagnostics = parse_diagnostics(output, "/tmp/stage/katas/x/solution.cpp", "katas/x/solution.cpp");
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].severity, "error");
  EXPECT_EQ(diagnostics[0].file, "katas/x/solution.cpp");
  EXPECT_EQ(diagnostics[0].line, 12);
  EXPECT_EQ(diagnostics[0].column, 5);
  EXPECT_EQ(diagnostics[1].severity, "warning");
}

TEST(Diagnostics, FirstErrorsFallsBackToTheRawLogForLinkErrors) {
  BuildResult result;
  result.log = "/usr/bin/ld: bench.o: undefined reference to `kata::x::solution::f()'\ncollect2: error: ld returned 1 exit status\n";
  EXPECT_NE(result.first_errors().find("undefined reference"), std::string::npos);
}

TEST(ContentHash, IsStableAndSeparatesParts) {
  EXPECT_EQ(content_hash({"abc"}), content_hash({"abc"}));
  EXPECT_NE(content_hash({"ab", "c"}), content_hash({"a", "bc"}));
  EXPECT_EQ(content_hash({}).size(), 16u);
}

TEST(BuildTimes, EstimatesBatchesByTheirSlowestStepPlusTheLink) {
  using std::chrono::milliseconds;
  BuildTimes times;
  times.record("k/solution.cpp", milliseconds(3000));
  times.record("k/test.cpp", milliseconds(9000));
  times.record("k/bench.cpp", milliseconds(4000));
  times.record("k/link", milliseconds(800));
  // Two at a time: max(3, 9) + 4, then the link.
  EXPECT_EQ(times.estimate({"k/solution.cpp", "k/test.cpp", "k/bench.cpp"}, 2, "k/link"), milliseconds(13800));
  EXPECT_EQ(times.estimate({"k/solution.cpp", "k/test.cpp", "k/bench.cpp"}, 1, "k/link"), milliseconds(16800));
  EXPECT_EQ(times.estimate({}, 2, "k/link"), milliseconds(800));
  EXPECT_FALSE(times.estimate({"k/solution.cpp", "other/test.cpp"}, 2, "k/link").has_value());
  EXPECT_FALSE(times.estimate({"k/solution.cpp"}, 2, "other/link").has_value());
}

TEST(BuildTimes, SurviveASaveAndIgnoreGarbage) {
  const auto file = std::filesystem::temp_directory_path() / ("build-times-" + std::to_string(::getpid()));
  BuildTimes times;
  times.record("k/test.cpp", std::chrono::milliseconds(1234));
  times.save(file);
  EXPECT_EQ(BuildTimes::load(file).estimate({"k/test.cpp"}, 2, "k/test.cpp"), std::chrono::milliseconds(2468));
  std::ofstream(file) << "k/test.cpp not-a-number\n\x01\x02";
  EXPECT_FALSE(BuildTimes::load(file).estimate({"k/test.cpp"}, 2, "k/test.cpp").has_value());
  std::filesystem::remove(file);
  EXPECT_FALSE(BuildTimes::load(file).estimate({"k/test.cpp"}, 1, "k/test.cpp").has_value());
}

TEST(BuildProgress, NamesTheFilesAndTheTimeLeftRoundedUp) {
  EXPECT_EQ(build_progress_line({"solution.cpp", "test.cpp"}, std::chrono::milliseconds(12100)),
            "compiling solution.cpp, test.cpp: about 13 s left");
  EXPECT_EQ(build_progress_line({}, std::chrono::milliseconds(300)), "linking: about 1 s left");
  EXPECT_EQ(build_progress_line({"bench.cpp"}, std::nullopt),
            "compiling bench.cpp: first build of this kata, no estimate yet");
}

}  // namespace
}  // namespace checker::build

namespace checker::build {
namespace {

TEST(CompilerMessage, ParsesPathsWithColonsAndRejectsOtherLines) {
  const auto message = parse_compiler_message("/tmp/a:b/solution.cpp:12:5: fatal error: x.h: No such file");
  ASSERT_TRUE(message.has_value());
  EXPECT_EQ(message->file, "/tmp/a:b/solution.cpp");
  EXPECT_EQ(message->line, 12);
  EXPECT_EQ(message->column, 5);
  EXPECT_EQ(message->kind, "fatal error");
  EXPECT_EQ(message->text, "x.h: No such file");
  EXPECT_FALSE(parse_compiler_message("solution.cpp: In function 'int f()':").has_value());
  EXPECT_FALSE(parse_compiler_message("   12 |   strin report;").has_value());
  EXPECT_FALSE(parse_compiler_message("").has_value());
}

}  // namespace
}  // namespace checker::build
