#pragma once
// The learner's functions as machine code, read from the object that was measured
// (objdump -d -l --inlines -r -C, Intel syntax): each instruction with the line of the
// learner's file it came from, and what matters for performance found in it — loops, the
// calls left inside them (operator new, indirect calls through a vtable or std::function),
// locked instructions, divisions, and whether the loop's arithmetic is vectorised.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace checker::analyze {

struct Instruction {
  std::uint64_t address = 0;
  std::string text;         // "mov    rax,QWORD PTR [rbp-0x10]"
  std::string call_target;  // for a call: the callee, demangled ("operator new(unsigned long)")
  int line = 0;             // the learner's line it came from (outermost frame in the file); 0 if none
  std::optional<std::uint64_t> jump_target;  // for a jump within the function
  // The innermost frame in the learner's file: inside a helper of theirs that the compiler
  // inlined, the helper's line rather than the call's (what a profile should charge). Where
  // objdump lost the inline chain, the previous instruction's.
  int innermost_line = 0;
};

struct FunctionCode {
  std::string name;  // demangled (mangled when disassembled with demangle = false)
  std::uint64_t start = 0;
  std::vector<Instruction> instructions;
};

// A backward jump's range: the body of a loop.
struct Loop {
  std::uint64_t begin = 0, end = 0;  // addresses, inclusive
  int first_line = 0, last_line = 0;  // the learner's lines it spans (0 if unknown)
  std::vector<std::string> calls;     // callees, in order of first appearance, with "×n" counts folded in
  int indirect_calls = 0;             // virtual calls, std::function, function pointers
  int locked = 0;                     // lock-prefixed (atomic read-modify-write) instructions
  int divisions = 0;                  // div, idiv, divsd, divss (not the packed kind)
  bool vectorised = false;            // packed SIMD arithmetic inside
  bool allocates = false;             // operator new / malloc inside, on some path
};

// Parses objdump's output; `source_suffix` (e.g. "katas/top-k/solution.cpp") says which
// file's lines count as the learner's. Functions without a line in that file are dropped.
std::vector<FunctionCode> parse_objdump(const std::string& output, const std::string& source_suffix);

// The loops of a function, outermost first (by address range).
std::vector<Loop> find_loops(const FunctionCode& function);

// "loop over lines 26-29: calls operator new(unsigned long) x2, std::string::_M_mutate; scalar"
std::string describe(const Loop& loop);

// Runs objdump on `object` and parses it. Empty with `problem` set when objdump is missing
// or fails.
std::vector<FunctionCode> disassemble(const std::filesystem::path& object, const std::string& source_suffix,
                                      std::string& problem, bool demangle = true);

// What an object file would run: the contents and relocations of every section that is
// neither debug information nor a note, without the file's name. Comments, layout and names
// of locals change only the debug sections, so a merely reformatted file has the same
// fingerprint. Empty with `problem` set when objdump is missing or fails.
std::optional<std::string> code_fingerprint(const std::filesystem::path& object, std::string& problem);

// Which sections of `objdump -h` output carry code or data (not .debug*, .comment, .note*,
// .group or relocation sections, which objdump shows with their section).
std::vector<std::string> program_sections(const std::string& objdump_headers);

}  // namespace checker::analyze
