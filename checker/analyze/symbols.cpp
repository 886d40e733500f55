#include "analyze/symbols.hpp"

#include <cctype>
#include <sstream>

#include "process/process.hpp"

namespace checker::analyze {

namespace {

// Names a solution may never define, strong or weak.
const char* forbidden_reason(const std::string& name) {
  static const std::vector<std::pair<std::string, const char*>> forbidden = {
      {"operator new", "replaces the global allocator (the harness counts allocations through it)"},
      {"operator delete", "replaces the global allocator (the harness counts allocations through it)"},
      {"malloc", "replaces the C allocator"},
      {"calloc", "replaces the C allocator"},
      {"realloc", "replaces the C allocator"},
      {"free", "replaces the C allocator"},
      {"aligned_alloc", "replaces the C allocator"},
      {"main", "defines main()"},
      {"benchmark::", "defines Google Benchmark symbols"},
      {"testing::", "defines GoogleTest symbols"},
      {"kata::harness", "defines the harness's symbols"},
  };
  for (const auto& [prefix, reason] : forbidden) {
    if (name.rfind(prefix, 0) != 0) continue;
    const char next = name.size() > prefix.size() ? name[prefix.size()] : '\0';
    // "free" must not match "freeze_dried(...)": the name must end or open its parameters.
    if (prefix.back() == ':' || next == '\0' || next == '(' || next == ' ' || next == '[') return reason;
  }
  return nullptr;
}

}  // namespace

std::vector<SymbolViolation> judge_symbols(const std::string& nm_output,
                                           const std::string& solution_namespace) {
  std::vector<SymbolViolation> violations;
  const std::string own = solution_namespace + "::";
  std::istringstream lines(nm_output);
  for (std::string line; std::getline(lines, line);) {
    // "0000000000000000 T name(args)" or "                 U name" (undefined: not listed with --defined-only)
    if (line.size() < 3) continue;
    const auto type_at = line.find(' ');
    if (type_at == std::string::npos || type_at + 2 >= line.size()) continue;
    const char type = line[type_at + 1];
    const std::string name = line.substr(type_at + 3);
    if (std::islower(static_cast<unsigned char>(type)) && type != 'u' && type != 'v' && type != 'w')
      continue;  // local to the object: invisible to the rest of the program
    if (const char* reason = forbidden_reason(name)) {
      violations.push_back({name, reason});
      continue;
    }
    const bool weak = type == 'W' || type == 'V' || type == 'w' || type == 'v' || type == 'u';
    if (weak) continue;  // inline functions and template instantiations, e.g. of std::vector
    if (name.find(own) == std::string::npos)
      violations.push_back({name, "is defined outside namespace " + solution_namespace});
  }
  return violations;
}

SymbolCheck check_solution_symbols(const std::filesystem::path& object,
                                   const std::string& solution_namespace) {
  SymbolCheck check;
  const auto result = process::run({.program = "nm",
                                    .args = {"-C", "--defined-only", object.string()},
                                    .limits = {.wall_time = std::chrono::seconds(30)}});
  if (!result.succeeded()) {
    check.problem = "nm " + result.describe();
    return check;
  }
  check.ran = true;
  check.violations = judge_symbols(result.standard_output, solution_namespace);
  return check;
}

}  // namespace checker::analyze
