#pragma once
// One line of compiler-style output, "file:line:column: kind: text", as gcc, clang and
// clang-query print them. A hand parser: std::regex is slow, and libstdc++ 12's regex
// trips -Wmaybe-uninitialized in sanitizer builds.
#include <optional>
#include <string>
#include <string_view>

namespace checker::build {

struct CompilerMessage {
  std::string file;
  int line = 0;
  int column = 0;
  std::string kind;  // error, fatal error, warning, note
  std::string text;
};

// The parsed line, or nullopt when it is not of that shape (source excerpts, "In function").
std::optional<CompilerMessage> parse_compiler_message(std::string_view line);

}  // namespace checker::build
