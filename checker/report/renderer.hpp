#pragma once
// One renderer per output format, all behind one interface and fed by one model.
#include <memory>
#include <string>

#include "report/model.hpp"

namespace checker::report {

class Renderer {
 public:
  virtual ~Renderer() = default;
  virtual std::string render(const Report& report) const = 0;
};

struct TextStyle {
  bool colour = true;  // ANSI colours
  bool emoji = true;   // 🚩 ⚠️ ℹ️ 💡; plain ASCII markers otherwise
};

std::unique_ptr<Renderer> make_text_renderer(TextStyle style);
std::unique_ptr<Renderer> make_json_renderer();
std::unique_ptr<Renderer> make_markdown_renderer();  // GitHub-flavoured, for PRs and chats
std::unique_ptr<Renderer> make_junit_renderer();     // one test case per kata, for CI

// XML 1.0 (and HTML) text: the five entities escaped, ANSI colour sequences removed and the
// other control characters, which XML cannot carry at all, dropped.
std::string xml_escaped(const std::string& raw);

// "text" | "json" | "md" | "junit"; nullptr for an unknown format.
std::unique_ptr<Renderer> make_renderer(std::string_view format, TextStyle style);

// The style for this terminal: colour only on a terminal without NO_COLOR, emoji unless
// KATA_ASCII is set or the locale is not UTF-8.
TextStyle detect_text_style(bool force_plain);

}  // namespace checker::report
