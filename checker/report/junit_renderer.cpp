// The report as JUnit XML, for CI systems that show test results: one test case per kata.
// NOT YET is a failure, BROKEN an error, INCONCLUSIVE skipped (the machine could not
// decide; it is not the learner's fault). The failure message is the verdict line and the
// top finding; the whole plain-text report goes to system-out.
#include <fmt/format.h>

#include "process/process.hpp"
#include "report/renderer.hpp"

namespace checker::report {

namespace {

std::string verdict_line(const Report& report) {
  std::string line = fmt::format("{}: {}", verdict_title(report.verdict), report.verdict_reason);
  for (const auto& finding : report.findings) {
    if (finding.cold_path) continue;
    line += fmt::format(" | top finding [{}] {}", catalogue::to_string(finding.severity), finding.title);
    if (finding.location && finding.location->line > 0)
      line += fmt::format(" at {}:{}", finding.location->file, finding.location->line);
    break;
  }
  return line;
}

class JunitRenderer final : public Renderer {
 public:
  std::string render(const Report& report) const override {
    const double seconds = static_cast<double>(report.timings.total_ms) / 1000.0;
    const int failures = report.verdict == Verdict::not_yet ? 1 : 0;
    const int errors = report.verdict == Verdict::broken ? 1 : 0;
    const int skipped = report.verdict == Verdict::inconclusive ? 1 : 0;
    const std::string counts =
        fmt::format(R"(tests="1" failures="{}" errors="{}" skipped="{}" time="{:.3f}")", failures, errors, skipped, seconds);

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += fmt::format("<testsuites name=\"perf-katas\" {}>\n", counts);
    out += fmt::format("  <testsuite name=\"perf-katas.{}\" {}>\n", xml_escaped(report.kata), counts);
    out += fmt::format("    <testcase classname=\"perf-katas\" name=\"{}\" file=\"{}\" time=\"{:.3f}\">\n",
                       xml_escaped(report.kata), xml_escaped(report.solution_file), seconds);
    const std::string message = xml_escaped(verdict_line(report));
    std::string details;
    for (const auto& detail : report.problem_details) details += detail + "\n";
    switch (report.verdict) {
      case Verdict::pass: break;
      case Verdict::not_yet:
        out += fmt::format("      <failure type=\"not_yet\" message=\"{}\">{}</failure>\n", message, message);
        break;
      case Verdict::broken:
        out += fmt::format("      <error type=\"broken\" message=\"{}\">{}</error>\n", message, xml_escaped(details));
        break;
      case Verdict::inconclusive: out += fmt::format("      <skipped message=\"{}\"/>\n", message); break;
    }
    const std::string text = make_text_renderer({.colour = false, .emoji = false})->render(report);
    out += "      <system-out>" + xml_escaped(text) + "</system-out>\n";
    out += "    </testcase>\n  </testsuite>\n</testsuites>\n";
    return out;
  }
};

}  // namespace

std::string xml_escaped(const std::string& raw) {
  const std::string text = process::without_colour(raw);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

std::unique_ptr<Renderer> make_junit_renderer() { return std::make_unique<JunitRenderer>(); }

}  // namespace checker::report
