#include "build/compiler_message.hpp"

#include <charconv>

namespace checker::build {

namespace {

// Reads digits at `position` up to the next ':'; advances past the ':'.
std::optional<int> number_then_colon(std::string_view line, std::size_t& position) {
  const std::size_t colon = line.find(':', position);
  if (colon == std::string_view::npos || colon == position) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(line.data() + position, line.data() + colon, value);
  if (error != std::errc() || end != line.data() + colon) return std::nullopt;
  position = colon + 1;
  return value;
}

}  // namespace

std::optional<CompilerMessage> parse_compiler_message(std::string_view line) {
  // The file name may itself contain ':'; the first ":<digits>:<digits>: " ends it.
  for (std::size_t colon = line.find(':'); colon != std::string_view::npos; colon = line.find(':', colon + 1)) {
    std::size_t position = colon + 1;
    const auto line_number = number_then_colon(line, position);
    if (!line_number) continue;
    const auto column = number_then_colon(line, position);
    if (!column || position >= line.size() || line[position] != ' ') continue;
    const std::size_t kind_end = line.find(": ", position + 1);
    if (kind_end == std::string_view::npos) return std::nullopt;
    CompilerMessage message{std::string(line.substr(0, colon)), *line_number, *column,
                            std::string(line.substr(position + 1, kind_end - position - 1)),
                            std::string(line.substr(kind_end + 2))};
    return message;
  }
  return std::nullopt;
}

}  // namespace checker::build
