// The terminal report: the seed's five sections after the verdict, with colour and emoji
// on a terminal, plain ASCII when asked or when the terminal cannot show them.
#include <fmt/format.h>

#include <cstdlib>
#include <sstream>
#include <unistd.h>

#include "report/evidence.hpp"
#include "report/renderer.hpp"

namespace checker::report {

namespace {

class TextRenderer final : public Renderer {
 public:
  explicit TextRenderer(TextStyle style) : style_(style) {}

  std::string render(const Report& report) const override {
    const std::string text = render_unicode(report);
    return style_.emoji ? text : ascii_only(text);
  }

 private:
  // Plain mode promises ASCII; catalogue texts and reasons carry ×, ², → and friends.
  static std::string ascii_only(const std::string& text) {
    static const std::pair<const char*, const char*> replacements[] = {
        {"×", "x"}, {"²", "^2"}, {"³", "^3"}, {"→", "->"}, {"—", "-"}, {"–", "-"}, {"≥", ">="},
        {"≤", "<="}, {"…", "..."}, {"’", "'"}, {"‘", "'"}, {"“", "\""}, {"”", "\""}, {"µ", "u"}, {"±", "+/-"}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte < 0x80) {
        out += text[i++];
        continue;
      }
      bool replaced = false;
      for (const auto& [from, to] : replacements) {
        const std::string_view needle(from);
        if (text.compare(i, needle.size(), needle) == 0) {
          out += to;
          i += needle.size();
          replaced = true;
          break;
        }
      }
      if (replaced) continue;
      out += '?';
      ++i;
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    }
    return out;
  }

  std::string render_unicode(const Report& report) const {
    std::string out;
    render_verdict(out, report);
    if (report.verdict == Verdict::broken && report.findings.empty()) {
      render_footer(out, report);
      return out;
    }
    section(out, "1. EXECUTIVE SUMMARY");
    line(out, 3, fmt::format("Performance Assessment: {}", bold(report.assessment)));
    line(out, 3, "Most Critical Issues:");
    if (report.most_critical.empty()) line(out, 5, "none found");
    for (std::size_t i = 0; i < report.most_critical.size(); ++i)
      line(out, 5, fmt::format("{}. {}", i + 1, report.most_critical[i]));
    line(out, 3, "Estimated Improvement Potential: " + report.improvement_potential);
    if (report.ranking) render_ranking(out, *report.ranking);

    section(out, "2. DETAILED FINDINGS");
    if (report.findings.empty()) line(out, 3, "No finding in your code: the anti-pattern is gone.");
    for (const auto& finding : report.findings) render_finding(out, finding);

    section(out, "3. PRIORITIZED RECOMMENDATIONS");
    if (report.recommendations.empty()) line(out, 3, "Nothing left to recommend for this kata.");
    for (std::size_t i = 0; i < report.recommendations.size(); ++i) {
      const auto& recommendation = report.recommendations[i];
      line(out, 3, fmt::format("{}. {} {}", i + 1, marker(recommendation.severity), bold(recommendation.title)));
      labelled(out, 6, "Why it matters", recommendation.why);
      labelled(out, 6, "How to validate", recommendation.validate);
      labelled(out, 6, "Trade-offs / risks", recommendation.tradeoffs);
    }

    section(out, "4. PROFILING & MEASUREMENT STRATEGY");
    for (const auto& step : report.profiling) {
      line(out, 3, fmt::format("{} {}: {}", glyph("•", "*"), bold(step.tool), step.purpose));
      for (const auto& command : step.commands) line(out, 7, dim("$ ") + command.to_shell());
      if (!step.note.empty()) line(out, 7, dim(step.note));
    }

    section(out, "5. BENCHMARK RECOMMENDATIONS");
    for (const auto& code_line : split_lines(report.benchmark.code))
      out += code_line.empty() ? "\n" : "     " + code_line + "\n";
    out += "\n";
    labelled(out, 3, "Run the kata's own benchmark", "");
    line(out, 5, dim("$ ") + report.benchmark.run_command.to_shell());
    labelled(out, 3, "What to expect", report.benchmark.expectations);
    labelled(out, 3, "How to read it", report.benchmark.interpretation);
    render_footer(out, report);
    return out;
  }

  void render_verdict(std::string& out, const Report& report) const {
    out += bold(fmt::format("{} {} {} {} {}", glyph("━━", "=="), report.kata, glyph("—", "-"), report.title, glyph("━━", "=="))) + "\n";
    out += fmt::format("VERDICT  {}{}", verdict_marker(report.verdict),
                       paint(verdict_colour(report.verdict), std::string(verdict_title(report.verdict))));
    if (report.speedup) {
      const auto& s = *report.speedup;
      out += fmt::format("  speedup {} [{}, {}] (95% interval), target {}{}", times(s.estimate), times(s.low),
                         times(s.high), times(s.target), s.target_adjusted ? " (adjusted for this machine)" : "");
    }
    out += "\n";
    line(out, 9, report.verdict_reason);
    for (const auto& detail : report.problem_details)
      for (const auto& detail_line : split_lines(detail)) line(out, 11, detail_line);
    if (report.speedup) {
      const auto& s = *report.speedup;
      const char* measured = s.metric == "cpu_time"      ? "process CPU time"
                             : s.metric == "real_time"     ? "real time"
                             : s.metric == "p99_latency"   ? "p99 latency of the tasks"
                                                           : "process CPU time (memory growth judged from L to 4L)";
      line(out, 9, fmt::format("{}: baseline {} {} yours {} per call at n = {}; allocations {:.0f} {} {:.0f} per call{}",
                               measured, ms(s.baseline_ms), glyph("→", "->"), ms(s.solution_ms), s.input_size,
                               s.baseline_allocations, glyph("→", "->"), s.solution_allocations,
                               s.reference_allocations
                                   ? fmt::format(" (the reference: {:.0f})", *s.reference_allocations)
                                   : std::string()));
      std::string context = fmt::format("{} round{} of interleaved repetitions", s.rounds, s.rounds == 1 ? "" : "s");
      if (s.null_ratio) context += fmt::format("; null pair {} (noise gate)", times(*s.null_ratio));
      if (s.reference_speedup) context += fmt::format("; the reference reaches {} here", times(*s.reference_speedup));
      line(out, 9, context);
      if (!s.target_note.empty()) line(out, 9, s.target_note);
      if (report.deterministic) line(out, 9, deterministic_text(*report.deterministic));
      if (report.bandwidth) line(out, 9, bandwidth_text(*report.bandwidth));
      if (report.scaling)
        line(out, 9, fmt::format("scaling over n = {}..{}: baseline {} {} yours {}", report.scaling->solution.points.front().first,
                                 report.scaling->solution.points.back().first, growth_text(report.scaling->baseline),
                                 glyph("→", "->"), growth_text(report.scaling->solution)));
      if (report.profile) {
        line(out, 9, fmt::format("where the time goes ({}; your file: {:.0f}% of all samples):", report.profile->tool,
                                 100 * report.profile->file_share));
        for (const auto& hot : report.profile->hottest)
          line(out, 11, fmt::format("{:>5.1f}%  line {:>4} | {}", 100 * hot.share, hot.number, hot.text));
      }
      if (s.predicted)
        line(out, 9, fmt::format("you predicted {}: {}", times(*s.predicted),
                                 *s.predicted >= s.low && *s.predicted <= s.high ? "inside the measured interval"
                                                                                 : fmt::format("off by a factor of {:.1f}", std::max(*s.predicted / s.estimate, s.estimate / *s.predicted))));
    }
    line(out, 9, dim(fmt::format("machine: {}, {} cores, {}, {}", report.machine.cpu, report.machine.cores,
                                 report.machine.compiler, report.machine.flags)));
    for (const auto& note : report.notes) line(out, 9, paint("33", "note: ") + note);
  }

  void render_ranking(std::string& out, const Ranking& ranking) const {
    line(out, 3, fmt::format("Where the Time Goes ({}; the findings by their lines' share of the time in your code):",
                             ranking.tool));
    for (std::size_t i = 0; i < ranking.open.size(); ++i) {
      const auto& entry = ranking.open[i];
      std::string moved;
      if (entry.previous_share)
        moved = dim(fmt::format("  (was {:.0f}%)", 100 * *entry.previous_share));
      line(out, 5, fmt::format("{}. {:>3.0f}%  {}{}", i + 1, 100 * entry.share, entry.title, moved));
    }
    for (const auto& fixed : ranking.fixed)
      line(out, 5, fmt::format("{} fixed since your last check: {} (took {:.0f}%)", glyph("✓", "+"), fixed.title,
                               100 * fixed.share));
    line(out, 3, bold(ranking.next));
  }

  void render_finding(std::string& out, const Finding& finding) const {
    out += "\n";
    line(out, 3, fmt::format("{} {}", marker(finding.severity), bold(finding.title)));
    if (finding.location) {
      const auto& where = *finding.location;
      const std::string function = where.function.empty() ? "" : " (" + where.function + ")";
      labelled(out, 6, "Location", where.line > 0 ? fmt::format("{}:{}{}", where.file, where.line, function)
                                                  : fmt::format("{}{}, as measured", where.file, function));
    }
    labelled(out, 6, "Current Impact", finding.impact);
    if (!finding.machine_code.empty()) labelled(out, 6, "Machine Code", finding.machine_code);
    if (!finding.severity_reason.empty()) labelled(out, 6, "Severity", finding.severity_reason);
    labelled(out, 6, "Root Cause", finding.root_cause);
    if (!finding.code.empty()) {
      line(out, 6, "Example from code:");
      for (const auto& code : finding.code) line(out, 8, fmt::format("{:>4} | {}", code.number, code.text));
    }
    line(out, 6, "Recommended Fix:");
    bool first = true;
    for (const auto& before : split_lines(finding.fix_before)) {
      line(out, 8, (first ? (style_.emoji ? "❌ " : "[-] ") : "   ") + before);
      first = false;
    }
    first = true;
    for (const auto& after : split_lines(finding.fix_after)) {
      line(out, 8, (first ? (style_.emoji ? "✅ " : "[+] ") : "   ") + after);
      first = false;
    }
    labelled(out, 6, "Expected Improvement", finding.expected_improvement);
    labelled(out, 6, "Implementation Effort", capitalised(finding.effort));
    if (finding.cold_path) labelled(out, 6, "Advice", "cold path: leave it");
  }

  void render_footer(std::string& out, const Report& report) const {
    const auto& t = report.timings;
    out += "\n" + dim(fmt::format("build {:.1f} s{}, tests {:.1f} s, measurement {:.1f} s {} edit-to-verdict {:.1f} s",
                                  t.build_ms / 1e3, t.rebuilt ? "" : " (nothing to rebuild)", t.test_ms / 1e3,
                                  t.measure_ms / 1e3, glyph("—", "-"), t.total_ms / 1e3)) + "\n";
  }

  void section(std::string& out, const std::string& title) const { out += "\n" + bold(title) + "\n"; }

  void line(std::string& out, int indent, const std::string& text) const {
    if (text.empty()) return;
    out += std::string(static_cast<std::size_t>(indent), ' ') + text + "\n";
  }

  void labelled(std::string& out, int indent, const std::string& label, const std::string& text) const {
    if (text.empty() && !label.empty()) {
      out += std::string(static_cast<std::size_t>(indent), ' ') + label + ":\n";
      return;
    }
    const auto lines = split_lines(text);
    line(out, indent, label + ": " + lines.front());
    for (std::size_t i = 1; i < lines.size(); ++i) line(out, indent + 2, lines[i]);
  }

  std::string marker(Severity severity) const {
    switch (severity) {
      case Severity::critical: return paint("1;31", style_.emoji ? "🚩 CRITICAL" : "[CRITICAL]");
      case Severity::high: return paint("33", style_.emoji ? "⚠️  HIGH" : "[HIGH]");
      case Severity::medium: return paint("36", style_.emoji ? "ℹ️  MEDIUM" : "[MEDIUM]");
      case Severity::low: return paint("2", style_.emoji ? "💡 LOW" : "[LOW]");
    }
    return "";
  }

  std::string verdict_marker(Verdict verdict) const {
    if (!style_.emoji) return "";
    switch (verdict) {
      case Verdict::pass: return "✅ ";
      case Verdict::not_yet: return "⏳ ";
      case Verdict::broken: return "❌ ";
      case Verdict::inconclusive: return "❔ ";
    }
    return "";
  }

  static const char* verdict_colour(Verdict verdict) {
    switch (verdict) {
      case Verdict::pass: return "1;32";
      case Verdict::not_yet: return "1;33";
      case Verdict::broken: return "1;31";
      case Verdict::inconclusive: return "1;35";
    }
    return "0";
  }

  std::string paint(const char* code, const std::string& text) const {
    return style_.colour ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
  }
  std::string bold(const std::string& text) const { return paint("1", text); }
  std::string dim(const std::string& text) const { return paint("2", text); }

  std::string times(double value) const {
    return (value >= 10 ? fmt::format("{:.0f}", value) : fmt::format("{:.2f}", value)) + glyph("×", "x");
  }
  std::string glyph(const char* unicode, const char* ascii) const { return style_.emoji ? unicode : ascii; }
  static std::string ms(double value) {
    return value >= 10 ? fmt::format("{:.1f} ms", value) : fmt::format("{:.3f} ms", value);
  }
  static std::string capitalised(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
  }
  static std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    if (lines.empty()) lines.emplace_back();
    return lines;
  }

  TextStyle style_;
};

}  // namespace

std::unique_ptr<Renderer> make_text_renderer(TextStyle style) { return std::make_unique<TextRenderer>(style); }

std::unique_ptr<Renderer> make_renderer(std::string_view format, TextStyle style) {
  if (format == "text") return make_text_renderer(style);
  if (format == "json") return make_json_renderer();
  if (format == "md") return make_markdown_renderer();
  if (format == "junit") return make_junit_renderer();
  return nullptr;
}

TextStyle detect_text_style(bool force_plain) {
  if (force_plain) return {.colour = false, .emoji = false};
  const bool terminal = ::isatty(STDOUT_FILENO) == 1;
  const bool no_colour = std::getenv("NO_COLOR") != nullptr;
  std::string locale;
  for (const char* variable : {"LC_ALL", "LC_CTYPE", "LANG"})
    if (const char* value = std::getenv(variable); value && *value) {
      locale = value;
      break;
    }
  const bool utf8 = locale.find("UTF-8") != std::string::npos || locale.find("utf8") != std::string::npos;
  return {.colour = terminal && !no_colour, .emoji = std::getenv("KATA_ASCII") == nullptr && (utf8 || !terminal)};
}

}  // namespace checker::report
