#include "analyze/static_analysis.hpp"

#include <gtest/gtest.h>

namespace checker::analyze {
namespace {

// clang-tidy 14's output shape: warnings with the check's name, the source line and a
// caret, notes, warnings in headers, and compiler diagnostics under clang-diagnostic-*.
const char* kOutput =
    "/stage/katas/demo/solution.cpp:14:13: warning: the loop variable's type is not a reference type; this "
    "creates a copy in each iteration; consider making this a reference [performance-for-range-copy]\n"
    "  for (auto record : records) {\n"
    "            ^\n"
    "       const  &\n"
    "/stage/katas/demo/solution.cpp:9:30: warning: the parameter 'name' is copied for each invocation but only "
    "used as a const reference; consider making it a const reference [performance-unnecessary-value-param]\n"
    "/stage/katas/demo/solution.cpp:9:30: note: some note about it\n"
    "/usr/include/c++/12/bits/stl_vector.h:100:3: warning: in a header [performance-move-const-arg]\n"
    "/stage/katas/demo/solution.cpp:20:7: warning: unused variable 'x' [clang-diagnostic-unused-variable]\n"
    "/stage/katas/demo/other.cpp:3:1: warning: not the learner's file [performance-faster-string-find]\n"
    "2 warnings generated.\n";

TEST(ClangTidy, KeepsPerformanceWarningsInTheLearnersFileOnly) {
  const auto warnings = parse_clang_tidy_output(kOutput, "/stage/katas/demo/solution.cpp");
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].check, "performance-for-range-copy");
  EXPECT_EQ(warnings[0].line, 14);
  EXPECT_EQ(warnings[0].column, 13);
  EXPECT_EQ(warnings[0].message.find("the loop variable's type is not a reference type"), 0u);
  EXPECT_EQ(warnings[0].message.find('['), std::string::npos) << "the check name is split off";
  EXPECT_EQ(warnings[1].check, "performance-unnecessary-value-param");
  EXPECT_EQ(warnings[1].line, 9);
}

TEST(ClangTidy, NothingFromEmptyOrForeignOutput) {
  EXPECT_TRUE(parse_clang_tidy_output("", "/a.cpp").empty());
  EXPECT_TRUE(parse_clang_tidy_output("Error while processing /a.cpp.\n", "/a.cpp").empty());
  EXPECT_TRUE(parse_clang_tidy_output("/a.cpp:1:1: warning: no check name\n", "/a.cpp").empty());
}

TEST(ClangTidy, ChecksMapToSeverityClasses) {
  EXPECT_EQ(severity_of_check("performance-inefficient-string-concatenation"), catalogue::Severity::high);
  EXPECT_EQ(severity_of_check("performance-for-range-copy"), catalogue::Severity::medium);
  EXPECT_EQ(severity_of_check("performance-faster-string-find"), catalogue::Severity::low);
  EXPECT_EQ(severity_of_check("performance-some-future-check"), catalogue::Severity::medium);
}

}  // namespace
}  // namespace checker::analyze
