#pragma once
// Where the time goes, per line of the learner's file, and deterministic counts of the entry
// function: readers of `perf script` (sampling, with call stacks) and of callgrind's output
// files (instructions and simulated cache misses). Pure functions of the tools' text.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analyze/machine_code.hpp"

namespace checker::analyze {

// One perf sample: its stack, innermost frame first, as (symbol, offset) pairs.
struct StackFrame {
  std::string symbol;  // as perf printed it ("[unknown]" when it could not tell)
  std::uint64_t offset = 0;
};
using Stack = std::vector<StackFrame>;

// Parses `perf script -F ip,sym,symoff --no-demangle` output (with or without -g stacks).
std::vector<Stack> parse_perf_script(const std::string& text);

struct LineShare {
  int line = 0;
  double share = 0;  // of all samples of the run, 0..1
  std::uint64_t samples = 0;
};

struct LineProfile {
  std::uint64_t total = 0;     // samples (perf) or instructions (callgrind)
  std::uint64_t in_file = 0;   // of those, attributed to a line of the learner's file
  std::vector<LineShare> lines;  // most expensive first
};

// Attributes each sample to the learner's line it ran under: the innermost frame inside
// one of `functions` (disassembled with addresses, mangled names), and there the innermost
// line of the learner's file (library code inlined into it counts for the line that called
// it; a helper of the learner's inlined into it counts at the helper's own line, as it
// would if it had not been inlined).
LineProfile attribute_samples(const std::vector<Stack>& stacks, const std::vector<FunctionCode>& functions);

// What callgrind counted inside the toggled region (the entry function's calls).
struct CallgrindCounts {
  std::vector<std::string> events;          // "Ir", "Dr", "Dw", "I1mr", "D1mr", "D1mw", "ILmr", "DLmr", "DLmw"
  std::vector<std::uint64_t> totals;        // one per event
  std::map<int, std::uint64_t> ir_by_line;  // the learner's file: self cost plus calls made from the line

  std::uint64_t total(const std::string& event) const;  // 0 when not counted
};

// Parses a callgrind output file; nullopt when it is not one (no "events:" line).
std::optional<CallgrindCounts> parse_callgrind(const std::string& text, const std::string& source_suffix);

// Per-line shares of a callgrind run, like attribute_samples' (code inlined from headers is
// counted at the header's line, so it is not in the learner's lines: perf sees through it).
LineProfile line_profile(const CallgrindCounts& counts);

}  // namespace checker::analyze
