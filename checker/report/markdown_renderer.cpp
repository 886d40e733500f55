// The report as GitHub-flavoured Markdown: for a pull request, a workshop chat or a gist.
// Same sections as the terminal report; code and commands go in fenced blocks so nothing
// the learner wrote is read as Markdown.
#include <fmt/format.h>

#include <sstream>

#include "report/evidence.hpp"
#include "report/renderer.hpp"

namespace checker::report {

namespace {

const char* severity_badge(Severity severity) {
  switch (severity) {
    case Severity::critical: return "🚩 CRITICAL";
    case Severity::high: return "⚠️ HIGH";
    case Severity::medium: return "ℹ️ MEDIUM";
    case Severity::low: return "💡 LOW";
  }
  return "";
}

const char* verdict_badge(Verdict verdict) {
  switch (verdict) {
    case Verdict::pass: return "✅ PASS";
    case Verdict::not_yet: return "⏳ NOT YET";
    case Verdict::broken: return "❌ BROKEN";
    case Verdict::inconclusive: return "❔ INCONCLUSIVE";
  }
  return "";
}

// Text that goes into running prose. Catalogue texts already use `code`
// spans; outside them a `<` would start an HTML tag (and vanish), inside them it is literal.
std::string inline_text(const std::string& text) {
  std::string out;
  bool in_code = false;
  for (char c : text) {
    if (c == '`') in_code = !in_code;
    if (c == '\n') out += "  \n";
    else if (c == '<' && !in_code) out += "&lt;";
    else out += c;
  }
  return out;
}

// Learner code in a table cell: a code span whose delimiter is longer than any backtick run
// inside (so the code cannot close it), and `|` escaped (a table would split there even in
// a code span).
std::string code_span(const std::string& code) {
  if (code.empty()) return "";
  std::size_t longest = 0, run = 0;
  std::string escaped;
  for (char c : code) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
    escaped += c == '|' ? std::string("\\|") : std::string(1, c);
  }
  const std::string delimiter(longest + 1, '`');
  return delimiter + " " + escaped + " " + delimiter;
}

// A fence longer than any backtick run inside, so learner code cannot close it.
std::string fenced(const std::string& body, const std::string& language = "") {
  std::size_t longest = 0, run = 0;
  for (char c : body) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  std::string out = fence + language + "\n" + body;
  if (!body.empty() && body.back() != '\n') out += '\n';
  return out + fence + "\n";
}

std::string times(double value) {
  return (value >= 10 ? fmt::format("{:.0f}", value) : fmt::format("{:.2f}", value)) + "×";
}

std::string ms(double value) { return value >= 10 ? fmt::format("{:.1f} ms", value) : fmt::format("{:.3f} ms", value); }

class MarkdownRenderer final : public Renderer {
 public:
  std::string render(const Report& report) const override {
    std::string out = fmt::format("## {} — {}\n\n", report.kata, inline_text(report.title));
    render_verdict(out, report);
    if (report.verdict == Verdict::broken && report.findings.empty()) return out;

    out += "\n### 1. Executive summary\n\n";
    out += fmt::format("**Performance assessment:** {}\n\n", report.assessment);
    out += "**Most critical issues:**\n\n";
    if (report.most_critical.empty()) out += "- none found\n";
    for (std::size_t i = 0; i < report.most_critical.size(); ++i)
      out += fmt::format("{}. {}\n", i + 1, inline_text(report.most_critical[i]));
    out += fmt::format("\n**Estimated improvement potential:** {}\n", inline_text(report.improvement_potential));
    if (report.ranking) {
      const auto& ranking = *report.ranking;
      out += fmt::format("\n**Where the time goes** (the findings ranked by their lines' share of the time in your code, {}):\n\n",
                         inline_text(ranking.tool));
      for (std::size_t i = 0; i < ranking.open.size(); ++i)
        out += fmt::format("{}. {:.0f}% — {}{}\n", i + 1, 100 * ranking.open[i].share, inline_text(ranking.open[i].title),
                           ranking.open[i].previous_share ? fmt::format(" (was {:.0f}%)", 100 * *ranking.open[i].previous_share) : "");
      for (const auto& fixed : ranking.fixed)
        out += fmt::format("- fixed since your last check: {} (took {:.0f}%)\n", inline_text(fixed.title), 100 * fixed.share);
      out += fmt::format("\n{}\n", inline_text(ranking.next));
    }

    out += "\n### 2. Detailed findings\n";
    if (report.findings.empty()) out += "\nNo finding in your code: the anti-pattern is gone.\n";
    for (const auto& finding : report.findings) render_finding(out, finding);

    out += "\n### 3. Prioritized recommendations\n\n";
    if (report.recommendations.empty()) out += "Nothing left to recommend for this kata.\n";
    for (std::size_t i = 0; i < report.recommendations.size(); ++i) {
      const auto& r = report.recommendations[i];
      out += fmt::format("{}. {} **{}**\n", i + 1, severity_badge(r.severity), inline_text(r.title));
      out += fmt::format("   - *Why it matters:* {}\n", inline_text(r.why));
      out += fmt::format("   - *How to validate:* {}\n", inline_text(r.validate));
      if (!r.tradeoffs.empty()) out += fmt::format("   - *Trade-offs / risks:* {}\n", inline_text(r.tradeoffs));
    }

    out += "\n### 4. Profiling & measurement strategy\n\n";
    for (const auto& step : report.profiling) {
      out += fmt::format("- **{}**: {}{}\n", step.tool, inline_text(step.purpose),
                         step.note.empty() ? "" : " (" + inline_text(step.note) + ")");
      std::string commands;
      for (const auto& command : step.commands) commands += command.to_shell() + "\n";
      if (!commands.empty()) out += indented(fenced(commands, "sh"), 2);
    }

    out += "\n### 5. Benchmark recommendations\n\n";
    out += fenced(report.benchmark.code, "cpp");
    out += "\nRun the kata's own benchmark:\n\n" + fenced(report.benchmark.run_command.to_shell() + "\n", "sh");
    if (!report.benchmark.expectations.empty())
      out += fmt::format("\n**What to expect:** {}\n", inline_text(report.benchmark.expectations));
    if (!report.benchmark.interpretation.empty())
      out += fmt::format("\n**How to read it:** {}\n", inline_text(report.benchmark.interpretation));
    return out;
  }

 private:
  static void render_verdict(std::string& out, const Report& report) {
    out += fmt::format("**{}**", verdict_badge(report.verdict));
    if (report.speedup) {
      const auto& s = *report.speedup;
      out += fmt::format(" — speedup **{}** [{}, {}] (95% interval), target {}{}", times(s.estimate), times(s.low),
                         times(s.high), times(s.target), s.target_adjusted ? " (adjusted for this machine)" : "");
    }
    out += "\n\n" + inline_text(report.verdict_reason) + "\n";
    if (!report.problem_details.empty()) {
      std::string details;
      for (const auto& detail : report.problem_details) details += detail + "\n";
      out += "\n" + fenced(details);
    }
    if (report.speedup) {
      const auto& s = *report.speedup;
      out += "\n| | baseline | yours |\n|---|---|---|\n";
      out += fmt::format("| time per call (n = {}) | {} | {} |\n", s.input_size, ms(s.baseline_ms), ms(s.solution_ms));
      out += fmt::format("| allocations per call | {:.0f} | {:.0f}{} |\n", s.baseline_allocations, s.solution_allocations,
                         s.reference_allocations ? fmt::format(" (reference: {:.0f})", *s.reference_allocations) : "");
      if (report.deterministic) {
        const auto& d = *report.deterministic;
        out += fmt::format("| instructions per call (callgrind) | {} | {} |\n", d.baseline_instructions, d.solution_instructions);
        out += fmt::format("| L1 / last-level data misses (simulated) | {} / {} | {} / {} |\n", d.baseline_d1_misses,
                           d.baseline_ll_misses, d.solution_d1_misses, d.solution_ll_misses);
      }
      if (report.scaling)
        out += fmt::format("| growth (n = {}..{}) | {} | {} |\n", report.scaling->solution.points.front().first,
                           report.scaling->solution.points.back().first, growth_text(report.scaling->baseline),
                           growth_text(report.scaling->solution));
      if (report.bandwidth) out += "\n" + inline_text(bandwidth_text(*report.bandwidth)) + "\n";
      if (report.profile) {
        out += fmt::format("\nWhere the time goes ({}; your file takes {:.0f}% of all samples):\n\n"
                           "| share | line | code |\n|---:|---:|---|\n",
                           inline_text(report.profile->tool), 100 * report.profile->file_share);
        for (const auto& hot : report.profile->hottest)
          out += fmt::format("| {:.1f}% | {} | {} |\n", 100 * hot.share, hot.number, code_span(hot.text));
      }
      if (s.reference_speedup) out += fmt::format("\nThe reference reaches {} on this machine.\n", times(*s.reference_speedup));
      if (!s.target_note.empty()) out += "\n" + inline_text(s.target_note) + "\n";
    }
    out += fmt::format("\n<sub>{}, {} cores, {}, {}</sub>\n", inline_text(report.machine.cpu), report.machine.cores,
                       inline_text(report.machine.compiler), inline_text(report.machine.flags));
    for (const auto& note : report.notes) out += "\n> **note:** " + inline_text(note) + "\n";
  }

  static void render_finding(std::string& out, const Finding& finding) {
    out += fmt::format("\n#### {} {}\n\n", severity_badge(finding.severity), inline_text(finding.title));
    if (finding.location) {
      const auto& where = *finding.location;
      const std::string function = where.function.empty() ? "" : " (`" + where.function + "`)";
      out += where.line > 0 ? fmt::format("- **Location:** `{}:{}`{}\n", where.file, where.line, function)
                            : fmt::format("- **Location:** `{}`{}, as measured\n", where.file, function);
    }
    bullet(out, "Current impact", finding.impact);
    bullet(out, "Machine code", finding.machine_code);
    bullet(out, "Severity", finding.severity_reason);
    bullet(out, "Root cause", finding.root_cause);
    if (!finding.code.empty()) {
      std::string code;
      for (const auto& line : finding.code) code += fmt::format("{:>4} | {}\n", line.number, line.text);
      out += "- **Example from code:**\n\n" + indented(fenced(code, "cpp"), 2) + "\n";
    }
    out += "- **Recommended fix:**\n\n";
    out += indented(fenced("// ❌\n" + finding.fix_before + "\n// ✅\n" + finding.fix_after + "\n", "cpp"), 2) + "\n";
    bullet(out, "Expected improvement", finding.expected_improvement);
    bullet(out, "Implementation effort", finding.effort);
    bullet(out, "Trade-offs", finding.tradeoffs);
    if (finding.cold_path) out += "- **Advice:** cold path: leave it\n";
  }

  static void bullet(std::string& out, const char* label, const std::string& text) {
    if (!text.empty()) out += fmt::format("- **{}:** {}\n", label, inline_text(text));
  }

  static std::string indented(const std::string& text, int spaces) {
    std::istringstream in(text);
    std::string out;
    for (std::string line; std::getline(in, line);)
      out += (line.empty() ? "" : std::string(static_cast<std::size_t>(spaces), ' ') + line) + "\n";
    return out;
  }
};

}  // namespace

std::unique_ptr<Renderer> make_markdown_renderer() { return std::make_unique<MarkdownRenderer>(); }

}  // namespace checker::report
