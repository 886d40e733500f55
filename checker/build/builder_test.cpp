#include "build/builder.hpp"
#include "build/compiler_message.hpp"

#include <gtest/gtest.h>

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
