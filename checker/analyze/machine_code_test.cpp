#include "analyze/machine_code.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace checker::analyze {
namespace {

// objdump -d -l --inlines -r -C --no-show-raw-insn -M intel of an object file, cut to what
// the analysis reads: a loop with a call resolved by relocation, an indirect call, a locked
// add, a division and packed arithmetic; a cold throw; code inlined from a header; and a
// library function with no line in the learner's file.
const char* kListing = R"(
/tmp/solution.o:     file format elf64-x86-64


Disassembly of section .text:

0000000000000000 <kata::demo::solution::total(std::vector<int, std::allocator<int> > const&)>:
kata::demo::solution::total(std::vector<int, std::allocator<int> > const&):
/stage/katas/demo/solution.cpp:10
       0:	push   rbp
       1:	mov    rbp,rsp
/stage/katas/demo/solution.cpp:12 (discriminator 1)
      10:	mov    edi,0x10
      15:	call   1a <kata::demo::solution::total(std::vector<int, std::allocator<int> > const&)+0x1a>
			16: R_X86_64_PLT32	operator new(unsigned long)-0x4
std::vector<int, std::allocator<int> >::size() const:
/usr/include/c++/12/bits/stl_vector.h:919
inlined by /stage/katas/demo/solution.cpp:13 (_ZN4kata4demo8solution5totalERKSt6vectorIiSaIiEE)
      1a:	call   QWORD PTR [rax+0x10]
      1d:	lock add DWORD PTR [rip+0x0],0x1        # 25 <kata::demo::solution::total(std::vector<int, std::allocator<int> > const&)+0x25>
			20: R_X86_64_PC32	.bss-0x5
kata::demo::solution::total(std::vector<int, std::allocator<int> > const&):
/stage/katas/demo/solution.cpp:14
      25:	idiv   ecx
      27:	paddd  xmm0,xmm1
      2b:	call   30 <kata::demo::solution::total(std::vector<int, std::allocator<int> > const&)+0x30>
			2c: R_X86_64_PLT32	std::__throw_length_error(char const*)-0x4
      30:	jne    10 <kata::demo::solution::total(std::vector<int, std::allocator<int> > const&)+0x10>
/stage/katas/demo/solution.cpp:16
      32:	pop    rbp
      33:	ret    

Disassembly of section .text._ZNSt6vectorIiSaIiEE17_M_realloc_insertIJRKiEEEvN9__gnu_cxx17__normal_iteratorIPiS1_EEDpOT_:

0000000000000000 <void std::vector<int, std::allocator<int> >::_M_realloc_insert<int const&>(__gnu_cxx::__normal_iterator<int*, std::vector<int, std::allocator<int> > >, int const&)>:
/usr/include/c++/12/bits/vector.tcc:439
       0:	push   r15
       2:	jmp    0 <void std::vector<int, std::allocator<int> >::_M_realloc_insert<int const&>(__gnu_cxx::__normal_iterator<int*, std::vector<int, std::allocator<int> > >, int const&)>
)";

TEST(MachineCode, KeepsOnlyTheLearnersFunctionsWithTheirLines) {
  const auto functions = parse_objdump(kListing, "katas/demo/solution.cpp");
  ASSERT_EQ(functions.size(), 1u);
  const auto& total = functions.front();
  EXPECT_EQ(total.name, "kata::demo::solution::total(std::vector<int, std::allocator<int> > const&)");
  ASSERT_EQ(total.instructions.size(), 12u);
  EXPECT_EQ(total.instructions[0].line, 10);
  EXPECT_EQ(total.instructions[2].line, 12);  // a discriminator does not hide the line
  EXPECT_EQ(total.instructions[4].line, 13);  // inlined from the header: the learner's call site
  EXPECT_EQ(total.instructions[3].call_target, "operator new(unsigned long)");
  EXPECT_EQ(total.instructions[4].call_target, "(indirect)");
  EXPECT_TRUE(total.instructions[5].call_target.empty()) << "a data relocation names no callee";
  ASSERT_TRUE(total.instructions[9].jump_target);
  EXPECT_EQ(*total.instructions[9].jump_target, 0x10u);
}

TEST(MachineCode, FindsTheLoopAndWhatItDoes) {
  const auto functions = parse_objdump(kListing, "katas/demo/solution.cpp");
  ASSERT_EQ(functions.size(), 1u);
  const auto loops = find_loops(functions.front());
  ASSERT_EQ(loops.size(), 1u);
  const auto& loop = loops.front();
  EXPECT_EQ(loop.begin, 0x10u);
  EXPECT_EQ(loop.end, 0x30u);
  EXPECT_EQ(loop.first_line, 12);
  EXPECT_EQ(loop.last_line, 14);
  EXPECT_TRUE(loop.allocates);
  EXPECT_EQ(loop.indirect_calls, 1);
  EXPECT_EQ(loop.locked, 1);
  EXPECT_EQ(loop.divisions, 1);
  EXPECT_TRUE(loop.vectorised);
  EXPECT_EQ(loop.calls, (std::vector<std::string>{"operator new", "indirect call"})) << "the cold throw is left out";
  EXPECT_EQ(describe(loop),
            "loop over lines 12–14: calls operator new, indirect call; may allocate on a pass (operator new on some "
            "path: growth, an error branch or every time); 1 indirect call (virtual, "
            "std::function or pointer); 1 locked instruction; 1 division; vectorised (packed SIMD arithmetic)");
}

// A helper of the learner's inlined into the entry function: the outermost line (the call)
// spans loops; the innermost (the helper's own line) is what a profile charges.
TEST(MachineCode, AnInlinedHelperOfTheLearnersKeepsItsOwnLineAsTheInnermost) {
  const char* listing = R"(
0000000000000000 <kata::demo::solution::total()>:
kata::demo::solution::parse(std::string_view):
/stage/katas/demo/solution.cpp:30
inlined by /stage/katas/demo/solution.cpp:12 (_ZN4kata4demo8solution5totalEv)
       0:	add    eax,0x1
std::vector<int, std::allocator<int> >::size() const:
/usr/include/c++/12/bits/stl_vector.h:919
inlined by /stage/katas/demo/solution.cpp:31 (_ZN4kata4demo8solution5parseESt17basic_string_viewIcSt11char_traitsIcEE)
inlined by /stage/katas/demo/solution.cpp:12 (_ZN4kata4demo8solution5totalEv)
       3:	mov    rax,rbx
/usr/include/c++/12/bits/stl_algobase.h:2065
       5:	cmp    rax,rbx
/stage/katas/demo/solution.cpp:13
       6:	ret
)";
  const auto functions = parse_objdump(listing, "katas/demo/solution.cpp");
  ASSERT_EQ(functions.size(), 1u);
  const auto& code = functions.front().instructions;
  ASSERT_EQ(code.size(), 4u);
  EXPECT_EQ(code[0].line, 12);
  EXPECT_EQ(code[0].innermost_line, 30);
  EXPECT_EQ(code[1].line, 12);
  EXPECT_EQ(code[1].innermost_line, 31) << "library code counts for the learner's line that called it";
  EXPECT_EQ(code[2].line, 0);
  EXPECT_EQ(code[2].innermost_line, 31) << "a header line without its inline chain: the learner's line before it";
  EXPECT_EQ(code[3].innermost_line, 13);
}

TEST(MachineCode, AStraightLineFunctionHasNoLoop) {
  FunctionCode function{"f()", 0, {{0, "mov eax,0x1", "", 3, std::nullopt}, {5, "ret", "", 3, std::nullopt}}};
  EXPECT_TRUE(find_loops(function).empty());
}

TEST(MachineCode, ReadsARealListingWithInlineChains) {
  std::ifstream in(std::string(KATA_SOURCE_DIR) + "/checker/analyze/testdata/objdump/string-concat-excerpt.txt");
  std::stringstream text;
  text << in.rdbuf();
  const auto functions = parse_objdump(text.str(), "katas/string-concat/solution.cpp");
  ASSERT_EQ(functions.size(), 1u);
  EXPECT_NE(functions[0].name.find("string_concat::solution::render_report"), std::string::npos);
  bool mutate_on_line_25 = false;
  for (const auto& instruction : functions[0].instructions) {
    EXPECT_TRUE(instruction.line == 0 || (instruction.line >= 19 && instruction.line <= 40)) << instruction.line;
    if (instruction.call_target.find("_M_mutate") != std::string::npos) mutate_on_line_25 = instruction.line == 25;
  }
  EXPECT_TRUE(mutate_on_line_25) << "the call inlined through header() belongs to the learner's line 25";
}

// Found by fuzzing: a line of blanks inside a function ended in std::out_of_range.
TEST(MachineCode, BlankAndMalformedLinesAreSkipped) {
  const std::string listing = "0000000000000000 <f>:\n   \t  \n  ffffffffffffffffffffffff:\tcall 0 <f+0x>\n";
  EXPECT_NO_THROW((void)parse_objdump(listing, "solution.cpp"));
}

TEST(MachineCode, GarbageGivesNoFunctions) {
  EXPECT_TRUE(parse_objdump("", "solution.cpp").empty());
  EXPECT_TRUE(parse_objdump("objdump: 'x.o': No such file\n\x01\x02 <<<:\n   zz:\tnop\n", "solution.cpp").empty());
}

}  // namespace
}  // namespace checker::analyze
