// Turns a check's evidence into the seed's report: which catalogue findings are still in
// the learner's code (and where), how severe they are in this context, what to do first.
#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <optional>

#include "report/evidence.hpp"

namespace checker::report {

namespace {

using catalogue::Detector;
using catalogue::FindingSpec;

std::string trim_right(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.pop_back();
  return text;
}

// The flagged line and its continuation lines, up to three, as the learner wrote them.
// Each of `lines` with the lines that continue its statement (up to three), at most
// `at_most` lines in all.
std::vector<CodeLine> code_at(const std::vector<std::string>& source, const std::vector<int>& lines,
                              std::size_t at_most = 4) {
  std::vector<CodeLine> code;
  for (int first : lines) {
    if (code.size() >= at_most) break;
    for (int number = first; number <= static_cast<int>(source.size()) && number < first + 3; ++number) {
      if (!code.empty() && code.back().number >= number) continue;
      const std::string text = trim_right(source[static_cast<std::size_t>(number - 1)]);
      code.push_back({number, text});
      if (text.ends_with(";") || text.ends_with("{") || text.ends_with("}")) break;
    }
  }
  return code;
}

Severity lower(Severity severity) {
  switch (severity) {
    case Severity::critical: return Severity::high;
    case Severity::high: return Severity::medium;
    default: return Severity::low;
  }
}

std::string measured_impact(const catalogue::KataSpec& kata, const Evidence& evidence) {
  if (!evidence.speedup && evidence.unchanged_from_start)
    return "not measured: your file is still the starting solution, so this is the whole cost of the baseline";
  if (!evidence.speedup) return "not measured (the check stopped before measuring)";
  const auto& s = *evidence.speedup;
  std::string impact = fmt::format("your {} takes {:.3f} ms per call at n = {} (baseline {:.3f} ms: {} faster so far)",
                                   kata.entry, s.solution_ms, s.input_size, s.baseline_ms, times_text(s.estimate));
  if (s.reference_speedup)
    impact += fmt::format("; without this pattern the reference takes about {:.3f} ms here",
                          s.baseline_ms / *s.reference_speedup);
  if (s.solution_allocations >= 1)
    impact += fmt::format("; {:.0f} allocations per call", s.solution_allocations);
  return impact;
}

Finding from_spec(const FindingSpec& spec) {
  Finding finding;
  finding.id = spec.id;
  finding.severity = finding.catalogued = spec.severity;
  finding.title = spec.title;
  finding.root_cause = spec.root_cause;
  finding.fix_before = spec.fix_before;
  finding.fix_after = spec.fix_after;
  finding.expected_improvement = spec.expected_improvement;
  finding.effort = spec.effort;
  finding.tradeoffs = spec.tradeoffs;
  return finding;
}

// The innermost compiled loop that contains `line`: what the machine does around a finding.
std::string machine_code_at(const Evidence& evidence, int line) {
  const Evidence::CompiledLoop* best = nullptr;
  for (const auto& loop : evidence.compiled_loops)
    if (loop.first_line <= line && line <= loop.last_line &&
        (!best || loop.last_line - loop.first_line < best->last_line - best->first_line))
      best = &loop;
  return best ? best->description : "";
}

// A finding the learner introduced: more heap allocations per call than the baseline makes.
// Counted exactly by the harness, not guessed from the machine code (a loop that calls
// operator new on a growth or error path would misfire). Gone again once the count drops.
// Only while the target is not reached: a fix that buys a better algorithm with a node per
// item (a hash set for a linear scan) is not a problem to report once it passes.
std::optional<Finding> introduced_allocations(const catalogue::KataSpec& kata, const Evidence& evidence) {
  if (!evidence.speedup || evidence.verdict == Verdict::pass) return std::nullopt;
  const auto& s = *evidence.speedup;
  const double extra = s.solution_allocations - s.baseline_allocations;
  const double noticeable = std::max(16.0, 0.05 * static_cast<double>(s.input_size));
  if (extra < noticeable || s.solution_allocations < 1.5 * s.baseline_allocations) return std::nullopt;
  Finding finding;
  finding.id = "introduced-allocations";
  const bool per_item = extra >= static_cast<double>(s.input_size);
  finding.severity = finding.catalogued = per_item ? Severity::high : Severity::medium;
  finding.title = fmt::format("Your version allocates more than the baseline: {:.0f} heap allocations per call, the "
                              "baseline {:.0f}", s.solution_allocations, s.baseline_allocations);
  finding.location = Location{evidence.solution_file, 0, kata.entry};
  for (const auto& loop : evidence.compiled_loops) {
    if (loop.description.find("operator new") == std::string::npos) continue;
    finding.location->line = loop.first_line;
    finding.code = code_at(evidence.solution_lines, {loop.first_line});
    finding.machine_code = loop.description;
    break;
  }
  finding.impact = fmt::format("{:.0f} more allocations per call at n = {} ({:.1f} per item), each a malloc and a "
                               "free", extra, s.input_size, extra / std::max<double>(1, static_cast<double>(s.input_size)));
  finding.root_cause = "Something in your version asks the heap for memory inside the work: a container built or grown "
                       "per item, a string built to be compared, a copy where a reference would do. Each allocation "
                       "costs tens of nanoseconds in malloc and free and scatters the data it holds.";
  finding.fix_before = "for (const auto& item : items) { std::vector<T> scratch; /* ... */ }";
  finding.fix_after = "std::vector<T> scratch;\nfor (const auto& item : items) { scratch.clear(); /* ... */ }";
  finding.expected_improvement = "in proportion to the allocations' share of the time: `kata profile` shows malloc "
                                 "and free under the line that allocates";
  finding.effort = "low";
  finding.tradeoffs = "A buffer kept across iterations keeps its largest size; reserve only what the input needs.";
  return finding;
}

std::vector<Finding> collect_findings(const catalogue::KataSpec& kata, const Evidence& evidence) {
  std::vector<Finding> findings;
  for (const auto& spec : kata.findings) {
    Finding finding = from_spec(spec);
    const auto hit = evidence.detector_lines.find(spec.id);
    switch (spec.detect.kind) {
      case Detector::Kind::clang_query:
        if (evidence.detectors_ran && hit == evidence.detector_lines.end()) continue;  // fixed
        if (hit != evidence.detector_lines.end()) {
          finding.location = Location{evidence.solution_file, hit->second.front(), spec.detect.function};
          finding.code = code_at(evidence.solution_lines, hit->second);
          finding.impact = measured_impact(kata, evidence);
          finding.machine_code = machine_code_at(evidence, hit->second.front());
        } else {
          finding.impact = "not verified in your code: " + evidence.detectors_problem;
        }
        break;
      case Detector::Kind::decoy:
        if (hit == evidence.detector_lines.end()) continue;
        finding.location = Location{evidence.solution_file, hit->second.front(), spec.detect.function};
        finding.code = code_at(evidence.solution_lines, hit->second);
        finding.severity = Severity::low;
        finding.cold_path = true;
        finding.impact = fmt::format("runs once per call of {}: a share of the time too small to measure", kata.entry);
        if (spec.severity != Severity::low)
          finding.severity_reason = "lowered to LOW: cold path";
        break;
      case Detector::Kind::measured:
      case Detector::Kind::scaling: {
        const auto measured = evidence.measured_findings.find(spec.id);
        if (measured == evidence.measured_findings.end()) continue;
        finding.location = Location{evidence.solution_file, 0, kata.entry};
        finding.impact = measured->second;
        break;
      }
    }
    findings.push_back(std::move(finding));
  }
  if (auto introduced = introduced_allocations(kata, evidence)) findings.push_back(std::move(*introduced));
  for (const auto& warning : evidence.static_warnings) {
    // The kata's own finding on the same line says more than the generic check.
    if (std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
          return f.location && f.location->line == warning.line;
        }))
      continue;
    Finding finding;
    finding.id = "clang-tidy/" + warning.check;
    finding.severity = finding.catalogued = warning.severity;
    finding.title = "clang-tidy: " + warning.message;
    finding.location = Location{evidence.solution_file, warning.line, ""};
    finding.code = code_at(evidence.solution_lines, {warning.line});
    finding.machine_code = machine_code_at(evidence, warning.line);
    finding.impact = finding.machine_code.empty() ? "outside the loops of the compiled code: probably cold"
                                                  : "inside a loop of the compiled code";
    finding.root_cause = fmt::format("clang-tidy's {} check, one of the performance-* checks a reviewer would run", warning.check);
    finding.fix_before = finding.code.empty() ? "" : finding.code.front().text;
    finding.fix_after = fmt::format("see https://clang.llvm.org/extra/clang-tidy/checks/performance/{}.html",
                                    warning.check.substr(std::string_view("performance-").size()));
    finding.expected_improvement = "in proportion to the time this line takes: the profile (kata profile) tells";
    finding.effort = "low";
    if (finding.machine_code.empty() && finding.severity != Severity::low) {
      finding.severity = lower(finding.severity);
      finding.severity_reason = "lowered: not inside a loop of the compiled code";
    }
    findings.push_back(std::move(finding));
  }
  // Context from the profile: the same code is 🚩 where its lines take most of the time and
  // 💡 where they take almost none (SPEC section 4).
  if (!evidence.line_shares.empty()) {
    double in_file = 0;
    for (const auto& [number, share] : evidence.line_shares) in_file += share;
    for (auto& finding : findings) {
      if (finding.cold_path || finding.code.empty()) continue;
      // Every line the detector matched (the report shows only the first few), with the
      // lines that continue their statements.
      const auto matched = evidence.detector_lines.find(finding.id);
      const auto counted = matched == evidence.detector_lines.end()
                               ? finding.code
                               : code_at(evidence.solution_lines, matched->second, std::numeric_limits<std::size_t>::max());
      double share = 0;
      for (const auto& line : counted)
        if (const auto found = evidence.line_shares.find(line.number); found != evidence.line_shares.end()) share += found->second;
      // Ranked katas compare findings with each other: their share of the time spent under
      // the learner's code (the harness's own work left out).
      if (kata.ranked_by_profile && in_file > 0) finding.share = share / in_file;
      const std::string measured =
          finding.share ? fmt::format("its lines take {:.0f}% of the time in your code ({})", 100 * *finding.share, evidence.profile_tool)
                        : fmt::format("its lines take {:.0f}% of the {} profile", 100 * share, evidence.profile_tool);
      finding.impact += (finding.impact.empty() ? "" : "; ") + measured;
      // The severity follows the same share the sentence states.
      const double measured_share = finding.share.value_or(share);
      if (measured_share >= 0.5 && finding.severity != Severity::critical) {
        finding.severity = static_cast<Severity>(static_cast<int>(finding.severity) - 1);
        finding.severity_reason = "raised: " + measured;
      } else if (measured_share < 0.05 && finding.severity != Severity::low) {
        finding.severity = Severity::low;
        finding.severity_reason = "lowered to LOW: " + measured + " (cold)";
      }
    }
  }
  for (auto& finding : findings) {
    // Context: once the target is reached, what is left matters less (the seed's rule
    // that severity follows the measured share, not the pattern's name).
    if (!finding.cold_path && evidence.verdict == Verdict::pass && finding.severity != Severity::low) {
      finding.severity = lower(finding.severity);
      finding.severity_reason = fmt::format("lowered from {}: your version already reaches the target",
                                            catalogue::to_string(finding.catalogued));
    }
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    // Measured shares rank before catalogued severities: the profile decides what matters.
    return std::tuple(a.cold_path, -a.share.value_or(-1), static_cast<int>(a.severity)) <
           std::tuple(b.cold_path, -b.share.value_or(-1), static_cast<int>(b.severity));
  });
  return findings;
}

std::string assessment(const Evidence& evidence, const std::vector<Finding>& findings) {
  const bool any_left = std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return !f.cold_path; });
  const bool critical_left = std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
    return !f.cold_path && f.severity == Severity::critical;
  });
  switch (evidence.verdict) {
    case Verdict::broken: return "Critical";
    case Verdict::pass: return any_left ? "Good" : "Excellent";
    default: return critical_left ? "Critical" : "Concerning";
  }
}

std::string improvement_potential(const catalogue::KataSpec& kata, const Evidence& evidence,
                                  const std::vector<Finding>& findings) {
  if (evidence.speedup && evidence.speedup->reference_speedup) {
    const auto& s = *evidence.speedup;
    const double left = *s.reference_speedup / s.estimate;
    if (left > 1.15)
      return fmt::format("about {} more: the reference reaches {} on this machine, yours {}", times_text(left),
                         times_text(*s.reference_speedup), times_text(s.estimate));
    return fmt::format("little: you are at the reference's level ({} here)", times_text(*s.reference_speedup));
  }
  if (evidence.speedup)
    return fmt::format("the target is {}; you are at {}", times_text(evidence.speedup->target), times_text(evidence.speedup->estimate));
  for (const auto& finding : findings)
    if (!finding.cold_path) return finding.expected_improvement;
  return kata.findings.front().expected_improvement;
}

std::vector<Recommendation> recommendations(const catalogue::KataSpec& kata, const std::vector<Finding>& findings) {
  std::vector<Recommendation> list;
  for (const auto& finding : findings) {
    if (finding.cold_path) {
      list.push_back({fmt::format("Leave {} alone", finding.location ? finding.location->function : finding.title),
                      Severity::low,
                      "It runs rarely; whatever it costs is lost in the noise of the hot loop.",
                      "the perf or callgrind profile of section 4: it should not appear among the functions that take time",
                      "Changing it costs review time and risks behaviour for no measurable gain: cold path, leave it."});
      continue;
    }
    std::string why = finding.root_cause;
    if (!finding.impact.empty()) why += "\nMeasured: " + finding.impact;
    list.push_back({finding.title, finding.severity, why,
                    fmt::format("./kata check {} — this finding disappears, the tests still pass, and the speedup "
                                "interval moves above the target",
                                kata.slug),
                    finding.tradeoffs});
  }
  return list;
}

}  // namespace

std::optional<LineProfile> line_profile(const Evidence& evidence, std::size_t at_most) {
  if (evidence.line_shares.empty()) return std::nullopt;
  LineProfile profile;
  profile.tool = evidence.profile_tool;
  for (const auto& [number, share] : evidence.line_shares) {
    profile.file_share += share;
    const bool has_text = number >= 1 && static_cast<std::size_t>(number) <= evidence.solution_lines.size();
    std::string text = has_text ? trim_right(evidence.solution_lines[static_cast<std::size_t>(number - 1)]) : "";
    text.erase(0, text.find_first_not_of(" \t"));
    profile.hottest.push_back({number, share, std::move(text)});
  }
  std::stable_sort(profile.hottest.begin(), profile.hottest.end(),
                   [](const LineProfile::Line& a, const LineProfile::Line& b) { return a.share > b.share; });
  if (profile.hottest.size() > at_most) profile.hottest.resize(at_most);
  return profile;
}

Report assemble_report(const catalogue::KataSpec& kata, const Evidence& evidence) {
  Report report;
  report.kata = kata.slug;
  report.title = kata.title;
  report.solution_file = evidence.solution_file;
  report.verdict = evidence.verdict;
  report.verdict_reason = evidence.verdict_reason;
  report.problem_details = evidence.problem_details;
  report.speedup = evidence.speedup;
  report.scaling = evidence.scaling;
  report.deterministic = evidence.deterministic;
  report.bandwidth = evidence.bandwidth;
  report.profile = line_profile(evidence);
  report.machine = evidence.machine;
  report.notes = evidence.notes;
  report.timings = evidence.timings;
  if (evidence.verdict == Verdict::broken && !evidence.speedup) {
    report.assessment = "Critical";
    return report;  // nothing was measured: the problem comes first
  }
  report.findings = collect_findings(kata, evidence);
  report.assessment = assessment(evidence, report.findings);
  for (const auto& finding : report.findings) {
    if (finding.cold_path || report.most_critical.size() == 3) continue;
    report.most_critical.push_back(fmt::format("[{}] {}{}", catalogue::to_string(finding.severity), finding.title,
                                               finding.share ? fmt::format(" ({:.0f}% of the time)", 100 * *finding.share) : ""));
  }
  report.ranking = rank_findings(kata, evidence, report.findings);
  report.improvement_potential = improvement_potential(kata, evidence, report.findings);
  report.recommendations = recommendations(kata, report.findings);
  report.profiling = profiling_strategy(kata, evidence);
  report.benchmark = benchmark_advice(kata, evidence);
  return report;
}

}  // namespace checker::report
