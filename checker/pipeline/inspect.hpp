#pragma once
// `kata asm`: the machine code of a solution (or of the baseline) as it is measured, built
// by the same builder and flags as `kata check`, with the lines of the source beside it.
#include <filesystem>
#include <string>
#include <vector>

#include "analyze/machine_code.hpp"
#include "catalogue/kata_spec.hpp"
#include "pipeline/workspace.hpp"

namespace checker::pipeline {

struct MachineCode {
  bool ok = false;
  std::string problem;                          // why there is no listing (compile error, no objdump)
  std::string shown_file;                       // the file the lines are from, as the user names it
  std::vector<std::string> source_lines;        // that file
  std::vector<analyze::FunctionCode> functions;  // the entry function first
  std::string toolchain;                        // "g++ 12.2.0 -O2 ..."
};

// Builds `solution_file` (empty: katas/<slug>/solution.cpp) for `kata` and disassembles the
// solution's object, or with `baseline` the baseline's object.
MachineCode machine_code(const catalogue::KataSpec& kata, const Workspace& workspace,
                         const std::filesystem::path& solution_file, const std::string& label, bool baseline);

// `kata asm --ce`: the same file compiled by a Compiler Explorer server, on a compiler the
// learner may not have. Sends the code off the machine: only when asked.
struct ExplorerRequest {
  std::string server;                                  // explorer::choose_server's answer
  std::string compiler = "g122";                       // x86-64 gcc 12.2, the suite's own
  std::string flags = "-O2 -std=c++20 -DNDEBUG";
  bool with_baseline = false;                          // also the baseline, side by side
  bool share = false;                                  // and a short link opening both
};

struct ExplorerListing {
  struct Function {
    std::string label;                                        // "kata::x::solution::f(...)"
    std::vector<std::pair<int, std::string>> lines;           // (file line or 0, assembly)
    int instructions = 0;
  };
  struct Side {
    std::string file;                   // as the user names it
    std::vector<std::string> source_lines;
    std::vector<Function> functions;    // of the solution's (or baseline's) namespace
  };
  bool ok = false;
  std::string problem;                   // one line: network, server, unknown compiler
  std::vector<std::string> suggestions;  // close compiler ids when the id is unknown
  std::vector<std::string> messages;     // the compiler's errors when it failed
  std::vector<Side> sides;               // yours first, then the baseline's
  std::string share_url;
};

ExplorerListing explorer_listing(const catalogue::KataSpec& kata, const Workspace& workspace,
                                 const std::filesystem::path& solution_file, const ExplorerRequest& request);

}  // namespace checker::pipeline
