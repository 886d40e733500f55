#pragma once
// The learner's object may define symbols only inside its own namespace: a replaced
// operator new would fool the allocation counter, a defined benchmark or test symbol the
// harness. Checked with nm on the compiled object, so no spelling of it escapes.
#include <filesystem>
#include <string>
#include <vector>

namespace checker::analyze {

struct SymbolViolation {
  std::string symbol;  // demangled
  std::string reason;
};

struct SymbolCheck {
  bool ran = false;  // false when nm could not be run (then `problem` says why)
  std::string problem;
  std::vector<SymbolViolation> violations;
};

// Lines of `nm -C --defined-only` output judged against `solution_namespace`
// (e.g. "kata::string_concat::solution").
std::vector<SymbolViolation> judge_symbols(const std::string& nm_output,
                                           const std::string& solution_namespace);

// Runs nm on `object` and judges it.
SymbolCheck check_solution_symbols(const std::filesystem::path& object,
                                   const std::string& solution_namespace);

}  // namespace checker::analyze
