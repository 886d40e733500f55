#include "analyze/static_analysis.hpp"

#include <sstream>

#include "build/compiler_message.hpp"
#include "process/process.hpp"

namespace checker::analyze {

namespace fs = std::filesystem;

std::vector<TidyWarning> parse_clang_tidy_output(const std::string& output, const std::string& source) {
  std::vector<TidyWarning> warnings;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    const auto message = build::parse_compiler_message(line);
    if (!message || message->kind != "warning" || message->file != source) continue;
    // "... [performance-for-range-copy]": the check's name closes the line.
    std::string text = message->text;
    std::string check;
    if (text.ends_with("]")) {
      const auto open = text.rfind(" [");
      if (open != std::string::npos) {
        check = text.substr(open + 2, text.size() - open - 3);
        text.erase(open);
      }
    }
    if (!check.starts_with("performance-")) continue;
    warnings.push_back({check, message->line, message->column, text});
  }
  return warnings;
}

catalogue::Severity severity_of_check(const std::string& check) {
  using catalogue::Severity;
  static const std::pair<const char*, Severity> classes[] = {
      {"performance-inefficient-string-concatenation", Severity::high},
      {"performance-for-range-copy", Severity::medium},
      {"performance-unnecessary-copy-initialization", Severity::medium},
      {"performance-unnecessary-value-param", Severity::medium},
      {"performance-inefficient-vector-operation", Severity::medium},
      {"performance-implicit-conversion-in-loop", Severity::medium},
      {"performance-move-constructor-init", Severity::medium},
      {"performance-no-automatic-move", Severity::medium},
      {"performance-inefficient-algorithm", Severity::high},
      {"performance-type-promotion-in-math-fn", Severity::low},
      {"performance-faster-string-find", Severity::low},
      {"performance-move-const-arg", Severity::low},
      {"performance-noexcept-move-constructor", Severity::low},
      {"performance-trivially-destructible", Severity::low},
      {"performance-no-int-to-ptr", Severity::low},
  };
  for (const auto& [name, severity] : classes)
    if (check == name) return severity;
  return Severity::medium;
}

TidyRun run_clang_tidy(const fs::path& source, const std::vector<fs::path>& include_dirs,
                       std::chrono::seconds time_limit) {
  TidyRun run;
  const auto program = process::find_program("clang-tidy");
  if (!program) {
    run.problem = "clang-tidy is not installed (Debian package clang-tidy): static analysis skipped";
    return run;
  }
  const fs::path absolute = fs::absolute(source).lexically_normal();
  std::vector<std::string> args = {"--quiet", "-checks=-*,performance-*", absolute.string(), "--", "-std=c++20", "-O2",
                                   "-DNDEBUG"};
  for (const auto& dir : include_dirs) args.push_back("-I" + dir.string());
  const auto result = process::run({.program = program->string(),
                                    .args = args,
                                    .limits = {.wall_time = time_limit, .address_space_bytes = std::size_t{4} << 30}});
  // clang-tidy exits non-zero when the file has compile errors; warnings alone exit 0.
  if (result.ending != process::Ending::exited) {
    run.problem = "clang-tidy " + result.describe();
    return run;
  }
  run.ran = true;
  run.warnings = parse_clang_tidy_output(result.standard_output, absolute.string());
  return run;
}

}  // namespace checker::analyze
