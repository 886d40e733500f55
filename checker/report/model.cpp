#include "report/model.hpp"

namespace checker::report {

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::pass: return "pass";
    case Verdict::not_yet: return "not_yet";
    case Verdict::broken: return "broken";
    case Verdict::inconclusive: return "inconclusive";
  }
  return "?";
}

std::string_view verdict_title(Verdict verdict) {
  switch (verdict) {
    case Verdict::pass: return "PASS";
    case Verdict::not_yet: return "NOT YET";
    case Verdict::broken: return "BROKEN";
    case Verdict::inconclusive: return "INCONCLUSIVE";
  }
  return "?";
}

namespace {

std::string shell_quote(const std::string& word) {
  const bool plain = !word.empty() && word.find_first_not_of(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=./,:@%") == std::string::npos;
  if (plain) return word;
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

std::string CommandLine::to_shell() const {
  std::string line;
  for (const auto& [name, value] : environment) line += name + "=" + shell_quote(value) + " ";
  for (const auto& word : argv) line += (line.empty() || line.back() == ' ' ? "" : " ") + shell_quote(word);
  return line;
}

int exit_code(Verdict verdict) {
  switch (verdict) {
    case Verdict::pass: return 0;
    case Verdict::not_yet: return 1;
    case Verdict::broken: return 2;
    case Verdict::inconclusive: return 3;
  }
  return 2;
}

}  // namespace checker::report
