// The JSON report: the model's fields under stable names (docs/report-schema.md), for
// instructors' tools and CI. `schema_version` changes only when a field changes meaning.
#include <nlohmann/json.hpp>

#include "report/renderer.hpp"

namespace checker::report {

namespace {

using nlohmann::json;

json optional_number(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json command_json(const CommandLine& command) {
  json environment = json::object();
  for (const auto& [name, value] : command.environment) environment[name] = value;
  return {{"argv", command.argv}, {"environment", environment}, {"shell", command.to_shell()}};
}

class JsonRenderer final : public Renderer {
 public:
  std::string render(const Report& report) const override {
    json document = {
        {"schema_version", 1},
        {"kata", report.kata},
        {"title", report.title},
        {"solution_file", report.solution_file},
        {"verdict", to_string(report.verdict)},
        {"verdict_reason", report.verdict_reason},
        {"problem_details", report.problem_details},
        {"machine",
         {{"cpu", report.machine.cpu},
          {"cores", report.machine.cores},
          {"compiler", report.machine.compiler},
          {"flags", report.machine.flags},
          {"kernel", report.machine.kernel}}},
        {"executive_summary",
         {{"assessment", report.assessment},
          {"most_critical", report.most_critical},
          {"improvement_potential", report.improvement_potential}}},
        {"notes", report.notes},
        {"timings",
         {{"build_ms", report.timings.build_ms},
          {"test_ms", report.timings.test_ms},
          {"measure_ms", report.timings.measure_ms},
          {"total_ms", report.timings.total_ms},
          {"rebuilt", report.timings.rebuilt}}},
    };
    if (report.speedup) {
      const auto& s = *report.speedup;
      document["speedup"] = {
          {"metric", s.metric},
          {"estimate", s.estimate},
          {"ci_low", s.low},
          {"ci_high", s.high},
          {"confidence", 0.95},
          {"target", s.target},
          {"catalogue_target", s.catalogue_target},
          {"target_adjusted", s.target_adjusted},
          {"target_note", s.target_note},
          {"reference_speedup", optional_number(s.reference_speedup)},
          {"null_ratio", optional_number(s.null_ratio)},
          {"predicted", optional_number(s.predicted)},
          {"baseline_ms", s.baseline_ms},
          {"solution_ms", s.solution_ms},
          {"baseline_allocations_per_call", s.baseline_allocations},
          {"solution_allocations_per_call", s.solution_allocations},
          {"reference_allocations_per_call", s.reference_allocations ? json(*s.reference_allocations) : json()},
          {"rounds", s.rounds},
          {"input_size", s.input_size},
      };
    } else {
      document["speedup"] = nullptr;
    }
    document["deterministic"] = nullptr;
    if (report.deterministic) {
      const auto& d = *report.deterministic;
      document["deterministic"] = {{"seed", d.seed},
                                   {"input_size", d.input_size},
                                   {"decides_verdict", d.decides_verdict},
                                   {"baseline", {{"instructions", d.baseline_instructions}, {"d1_misses", d.baseline_d1_misses}, {"ll_misses", d.baseline_ll_misses}}},
                                   {"solution", {{"instructions", d.solution_instructions}, {"d1_misses", d.solution_d1_misses}, {"ll_misses", d.solution_ll_misses}}}};
    }
    document["bandwidth"] = nullptr;
    if (report.bandwidth)
      document["bandwidth"] = {{"solution_bytes_per_second", report.bandwidth->solution_bytes_per_second},
                               {"machine_bytes_per_second", report.bandwidth->machine_bytes_per_second}};
    document["profile"] = nullptr;
    if (report.profile) {
      json lines = json::array();
      for (const auto& hot : report.profile->hottest)
        lines.push_back({{"line", hot.number}, {"share", hot.share}, {"text", hot.text}});
      document["profile"] = {{"tool", report.profile->tool}, {"file_share", report.profile->file_share}, {"lines", lines}};
    }
    document["ranking"] = nullptr;
    if (report.ranking) {
      const auto entries = [](const std::vector<Ranking::Entry>& list) {
        json items = json::array();
        for (const auto& entry : list)
          items.push_back({{"id", entry.id}, {"title", entry.title}, {"share", entry.share},
                           {"previous_share", entry.previous_share ? json(*entry.previous_share) : json(nullptr)}});
        return items;
      };
      document["ranking"] = {{"tool", report.ranking->tool}, {"open", entries(report.ranking->open)},
                             {"fixed", entries(report.ranking->fixed)}, {"next", report.ranking->next}};
    }
    document["scaling"] = nullptr;
    if (report.scaling) {
      const auto growth = [](const Growth& g) {
        json points = json::array();
        for (const auto& [size, ms] : g.points) points.push_back({{"size", size}, {"ms", ms}});
        return json{{"big_o", g.big_o.empty() ? json(nullptr) : json(g.big_o)}, {"per_doubling", g.per_doubling}, {"points", points}};
      };
      document["scaling"] = {{"baseline", growth(report.scaling->baseline)}, {"solution", growth(report.scaling->solution)}};
    }
    document["findings"] = json::array();
    for (const auto& finding : report.findings) {
      json item = {
          {"id", finding.id},
          {"severity", catalogue::to_string(finding.severity)},
          {"catalogued_severity", catalogue::to_string(finding.catalogued)},
          {"severity_reason", finding.severity_reason},
          {"title", finding.title},
          {"impact", finding.impact},
          {"machine_code", finding.machine_code},
          {"root_cause", finding.root_cause},
          {"fix_before", finding.fix_before},
          {"fix_after", finding.fix_after},
          {"expected_improvement", finding.expected_improvement},
          {"effort", finding.effort},
          {"tradeoffs", finding.tradeoffs},
          {"cold_path", finding.cold_path},
          {"share", finding.share ? json(*finding.share) : json(nullptr)},
          {"location", nullptr},
          {"code", json::array()},
      };
      if (finding.location)
        item["location"] = {{"file", finding.location->file},
                            {"line", finding.location->line},
                            {"function", finding.location->function}};
      for (const auto& code : finding.code) item["code"].push_back({{"line", code.number}, {"text", code.text}});
      document["findings"].push_back(std::move(item));
    }
    document["recommendations"] = json::array();
    for (const auto& r : report.recommendations)
      document["recommendations"].push_back({{"title", r.title},
                                             {"severity", catalogue::to_string(r.severity)},
                                             {"why", r.why},
                                             {"validate", r.validate},
                                             {"tradeoffs", r.tradeoffs}});
    document["profiling"] = json::array();
    for (const auto& step : report.profiling)
    {
      json commands = json::array();
      for (const auto& command : step.commands) commands.push_back(command_json(command));
      document["profiling"].push_back({{"tool", step.tool}, {"purpose", step.purpose}, {"commands", commands},
                                       {"note", step.note}, {"available", step.available}});
    }
    document["benchmark"] = {{"code", report.benchmark.code},
                             {"run_command", command_json(report.benchmark.run_command)},
                             {"expectations", report.benchmark.expectations},
                             {"interpretation", report.benchmark.interpretation}};
    return document.dump(2) + "\n";
  }
};

}  // namespace

std::unique_ptr<Renderer> make_json_renderer() { return std::make_unique<JsonRenderer>(); }

}  // namespace checker::report
