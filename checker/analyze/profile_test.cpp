#include "analyze/profile.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace checker::analyze {
namespace {

// A solution function at 0x1000 (mangled, as perf script --no-demangle prints it): line 10
// is the loop head, line 12 calls memcpy at 0x1010.
std::vector<FunctionCode> solution_functions() {
  return {{"_ZN4kata4demo8solution5totalEv",
           0x1000,
           {{0x1000, "push rbp", "", 9, std::nullopt, 9},
            {0x1004, "add eax,edx", "", 10, std::nullopt, 10},
            {0x1008, "mov rdi,rbx", "", 12, std::nullopt, 12},
            {0x1010, "call 1020", "memcpy", 12, std::nullopt, 12},
            {0x1015, "jne 1004", "", 10, 0x1004, 10},
            {0x1018, "ret", "", 0, std::nullopt, 0}}}};
}

TEST(PerfScript, ReadsOneSamplePerBlockWithCallStacks) {
  const auto stacks = parse_perf_script(
      "\t    55d0c2a01004 _ZN4kata4demo8solution5totalEv+0x4 (/w/bench)\n"
      "\t    55d0c2a00500 main+0x50 (/w/bench)\n"
      "\n"
      "\t    7f0000001234 __memmove_avx_unaligned_erms+0x34 (/usr/lib/x86_64-linux-gnu/libc.so.6)\n"
      "\t    55d0c2a01015 _ZN4kata4demo8solution5totalEv+0x15 (/w/bench)\n"
      "\n"
      "\t    ffffffff [unknown] ([unknown])\n"
      "\n");
  ASSERT_EQ(stacks.size(), 3u);
  ASSERT_EQ(stacks[0].size(), 2u);
  EXPECT_EQ(stacks[0][0].symbol, "_ZN4kata4demo8solution5totalEv");
  EXPECT_EQ(stacks[0][0].offset, 0x4u);
  EXPECT_EQ(stacks[1][0].symbol, "__memmove_avx_unaligned_erms");
  EXPECT_EQ(stacks[2][0].symbol, "[unknown]");
}

TEST(PerfScript, WithoutStacksEveryLineIsASample) {
  const auto stacks = parse_perf_script("  1004 _ZN4kata4demo8solution5totalEv+0x4\n  1000 main+0x1\n");
  ASSERT_EQ(stacks.size(), 2u);
  EXPECT_EQ(stacks[1][0].symbol, "main");
}

TEST(LineProfile, SamplesGoToTheLearnersLineIncludingWhatItCalls) {
  const std::vector<Stack> stacks = {
      {{"_ZN4kata4demo8solution5totalEv", 0x4}},                                         // line 10
      {{"_ZN4kata4demo8solution5totalEv", 0x6}},                                         // inside line 10's instruction
      {{"__memmove_avx_unaligned_erms", 0x34}, {"_ZN4kata4demo8solution5totalEv", 0x15}},  // returns to 0x1015: the call on 12
      {{"[unknown]", 0}},                                                                 // elsewhere
  };
  const auto profile = attribute_samples(stacks, solution_functions());
  EXPECT_EQ(profile.total, 4u);
  EXPECT_EQ(profile.in_file, 3u);
  ASSERT_EQ(profile.lines.size(), 2u);
  EXPECT_EQ(profile.lines[0].line, 10);
  EXPECT_EQ(profile.lines[0].samples, 2u);
  EXPECT_DOUBLE_EQ(profile.lines[0].share, 0.5);
  EXPECT_EQ(profile.lines[1].line, 12);
}

TEST(LineProfile, AnInlinedHelperOfTheLearnersIsChargedAtItsOwnLines) {
  // total() calls parse() on line 12; the compiler inlined parse (lines 30-31) there.
  const std::vector<FunctionCode> functions = {{"_ZN4kata4demo8solution5totalEv",
                                                0x1000,
                                                {{0x1000, "add eax,0x1", "", 12, std::nullopt, 30},
                                                 {0x1004, "call 1100", "memchr", 12, std::nullopt, 31},
                                                 {0x1009, "ret", "", 13, std::nullopt, 13}}}};
  const std::vector<Stack> stacks = {{{"_ZN4kata4demo8solution5totalEv", 0x0}},
                                     {{"memchr", 0x10}, {"_ZN4kata4demo8solution5totalEv", 0x9}},
                                     {{"memchr", 0x12}, {"_ZN4kata4demo8solution5totalEv", 0x9}}};
  const auto profile = attribute_samples(stacks, functions);
  ASSERT_EQ(profile.lines.size(), 2u);
  EXPECT_EQ(profile.lines[0].line, 31) << "the library call inside the inlined helper";
  EXPECT_EQ(profile.lines[0].samples, 2u);
  EXPECT_EQ(profile.lines[1].line, 30);
}

// callgrind 3.19's format: compressed names, relative positions, inlined files (fi=), a
// call whose inclusive cost belongs to the calling line.
const char* kCallgrind = R"(# callgrind format
version: 1
creator: callgrind-3.19.0
pid: 4242
cmd:  ./bench --kata_run=solution --kata_iterations=1
part: 1

desc: I1 cache: 32768 B, 64 B, 8-way associative
desc: Timerange: Basic block 0 - 1000

positions: line
events: Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw
summary: 1000 300 100 5 40 10 5 20 2


ob=(1) /w/bench
fl=(1) /w/stage/katas/demo/solution.cpp
fn=(1) kata::demo::solution::total()
10 200 50 10
+1 100 20
fi=(2) /usr/include/c++/12/bits/stl_vector.h
1046 300 100
fe=(1)
12 50
cfi=(3) /usr/include/string.h
cfn=(2) memcpy
calls=4 0
* 350 130 90 5 40 10 5 20 2

fl=(3)
fn=(2)
0 350 130 90 5 40 10 5 20 2
totals: 1000 300 100 5 40 10 5 20 2
)";

TEST(Callgrind, TotalsAndCostsPerLearnerLine) {
  const auto counts = parse_callgrind(kCallgrind, "katas/demo/solution.cpp");
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->events.size(), 9u);
  EXPECT_EQ(counts->total("Ir"), 1000u);
  EXPECT_EQ(counts->total("D1mr"), 40u);
  EXPECT_EQ(counts->total("DLmr"), 20u);
  EXPECT_EQ(counts->total("nonsense"), 0u);
  EXPECT_EQ(counts->ir_by_line.at(10), 200u);
  EXPECT_EQ(counts->ir_by_line.at(11), 100u);
  EXPECT_EQ(counts->ir_by_line.at(12), 50u + 350u) << "self cost plus the call made from the line";
  EXPECT_EQ(counts->ir_by_line.count(1046), 0u) << "inlined header code is the header's";
  const auto profile = line_profile(*counts);
  EXPECT_EQ(profile.lines[0].line, 12);
  EXPECT_DOUBLE_EQ(profile.lines[0].share, 0.4);
}

// Recorded on the test VM from string-concat's starting solution (`kata profile string-concat
// --tool perf`, then `--tool callgrind`): every 6th sample of `perf script -F ip,sym,symoff
// --no-demangle` with DWARF stacks, the objdump of the solution's functions in that bench
// binary, and callgrind's output file. Line 27 is `report = report + sample.host + ...`.
std::string recorded(const std::string& name) {
  std::ifstream in(std::string(KATA_SOURCE_DIR) + "/checker/analyze/testdata/profile/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(RecordedProfile, PerfSamplesGoToTheConcatenationLine) {
  const auto stacks = parse_perf_script(recorded("string-concat.perf-script.txt"));
  ASSERT_GE(stacks.size(), 75u);  // 80 blocks kept; a kernel-only sample may have no user frame
  const auto functions = parse_objdump(recorded("string-concat.objdump.txt"), "katas/string-concat/solution.cpp");
  ASSERT_FALSE(functions.empty());
  const auto profile = attribute_samples(stacks, functions);
  EXPECT_EQ(profile.total, stacks.size());
  ASSERT_FALSE(profile.lines.empty());
  EXPECT_EQ(profile.lines[0].line, 27);
  EXPECT_GT(profile.lines[0].share, 0.5) << "the quadratic copy is most of the run";
  EXPECT_LE(profile.in_file, profile.total);
}

TEST(RecordedProfile, CallgrindTotalsAndTheLearnersLines) {
  const auto counts = parse_callgrind(recorded("string-concat.callgrind.out"), "katas/string-concat/solution.cpp");
  ASSERT_TRUE(counts);
  // The file's own "totals:" line: Ir, D1mr, DLmr.
  EXPECT_EQ(counts->total("Ir"), 473942429u);
  EXPECT_EQ(counts->total("D1mr"), 70928525u);
  EXPECT_EQ(counts->total("DLmr"), 14748u);
  // The learner's lines that callgrind can see: the snprintf call and the loop's lines. The
  // copying itself is std::string code inlined from headers, which callgrind counts at the
  // header's lines; this is why perf comes first and the report says so.
  EXPECT_TRUE(counts->ir_by_line.contains(13));
  EXPECT_TRUE(counts->ir_by_line.contains(26));
  const auto profile = line_profile(*counts);
  ASSERT_FALSE(profile.lines.empty());
  EXPECT_EQ(profile.lines[0].line, 13);
  EXPECT_LT(static_cast<double>(profile.in_file) / static_cast<double>(profile.total), 0.2);
}

// Damaged recordings: cut anywhere, they still parse to something or to nothing, never crash.
TEST(RecordedProfile, TruncatedRecordingsDoNotCrash) {
  const auto perf = recorded("string-concat.perf-script.txt");
  const auto callgrind = recorded("string-concat.callgrind.out");
  for (std::size_t cut : {std::size_t{1}, std::size_t{100}, perf.size() / 3, perf.size() / 2 + 7}) {
    EXPECT_LE(parse_perf_script(perf.substr(0, cut)).size(), 80u);
    const auto counts = parse_callgrind(callgrind.substr(0, std::min(cut, callgrind.size())), "katas/string-concat/solution.cpp");
    if (counts) {
      EXPECT_LE(counts->total("Ir"), parse_callgrind(callgrind, "x")->total("Ir"));
    }
  }
}

// Found by fuzzing: numbers that are not numbers (or too large) in a cost line threw
// std::invalid_argument out of the reader.
TEST(Callgrind, MalformedCostsAreNoCountsNotAnException) {
  EXPECT_FALSE(parse_callgrind("events: Ir\nfl=(1) solution.cpp\nfn=(1) f\n12 x9\n", "solution.cpp").has_value());
  EXPECT_NO_THROW((void)parse_callgrind("events: Ir\nfl=(1) solution.cpp\nfn=(1) f\n99999999999999999999999 1\n", "solution.cpp"));
  EXPECT_NO_THROW((void)parse_perf_script("bench 1 1.0: cycles:\n\t ffffzz f+0xzz (x)\n"));
}

TEST(Callgrind, NotACallgrindFile) {
  EXPECT_FALSE(parse_callgrind("", "x.cpp"));
  EXPECT_FALSE(parse_callgrind("==123== Valgrind: fatal error\n", "x.cpp"));
}

}  // namespace
}  // namespace checker::analyze
