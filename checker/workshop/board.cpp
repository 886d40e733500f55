#include "workshop/board.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

#include "report/renderer.hpp"
#include "workshop/progress.hpp"
#include "workshop/result_fields.hpp"

namespace checker::workshop {

using nlohmann::json;

namespace {

std::string html_escaped(const std::string& text) { return report::xml_escaped(text); }

std::string machine_of(const json& result) {
  const json& machine = object_field(result, "machine");
  if (machine.empty()) return "";
  return text_field(machine, "cpu") + " / " + std::to_string(static_cast<int>(number_field(machine, "cores"))) +
         " cores / " + text_field(machine, "compiler");
}

// The number shown in a cell, and the value it sorts by.
std::pair<std::string, double> figure(const json& result, bool compare_counts) {
  if (compare_counts) {
    const json& counts = object_field(result, "deterministic");
    const double baseline = number_field(object_field(counts, "baseline"), "instructions");
    const double solution = number_field(object_field(counts, "solution"), "instructions");
    if (solution > 0) return {fmt::format("{:.1f}× fewer instr.", baseline / solution), baseline / solution};
    return {"", 0};
  }
  const json& speedup = object_field(result, "speedup");
  if (!speedup.empty()) {
    const double estimate = number_field(speedup, "estimate");
    return {fmt::format("{:.2f}× [{:.2f}, {:.2f}]", estimate, number_field(speedup, "ci_low"),
                        number_field(speedup, "ci_high")),
            estimate};
  }
  return {"", 0};
}

}  // namespace

std::string class_board_html(const std::vector<json>& results, const std::string& title) {
  std::set<std::string> katas, machines;
  std::map<std::string, std::map<std::string, const json*>> table;  // learner -> kata -> result
  for (const auto& result : results) {
    const std::string kata = text_field(result, "kata");
    katas.insert(kata);
    table[text_field(result, "learner")][kata] = &result;
    if (const auto machine = machine_of(result); !machine.empty()) machines.insert(machine);
  }
  const bool compare_counts = machines.size() > 1;
  std::string html = fmt::format(R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{0}</title>
<style>
body {{ font-family: system-ui, sans-serif; font-size: 22px; margin: 1.5em; background: #fff; color: #111; }}
h1 {{ font-size: 1.6em; margin: 0 0 .3em; }}
p.note {{ color: #444; max-width: 60em; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #bbb; padding: .35em .7em; text-align: left; }}
th {{ background: #eee; cursor: pointer; user-select: none; }}
th:hover {{ background: #ddd; }}
td.pass {{ background: #c8f0c8; }} td.not_yet {{ background: #fde7b0; }}
td.broken, td.error {{ background: #f7c1c1; }} td.inconclusive {{ background: #e2e2f5; }}
td small {{ display: block; font-size: .75em; color: #333; }}
</style></head><body>
<h1>{0}</h1>
<p class="note">{1} learners, {2} katas. {3} Click a column to sort.</p>
<table id="board"><thead><tr><th data-type="text">learner</th><th data-type="number">passed</th>)",
                                 html_escaped(title), table.size(), katas.size(),
                                 compare_counts
                                     ? "These results come from different machines, so their times cannot be compared: "
                                       "cells show instruction counts (baseline ÷ yours, under callgrind) where the "
                                       "grading ran with deterministic counts."
                                     : "Speedups are against the baseline, on one machine, with their 95% interval.");
  for (const auto& kata : katas) html += fmt::format(R"(<th data-type="number">{}</th>)", html_escaped(kata));
  html += "</tr></thead>\n<tbody>\n";
  for (const auto& [learner, row] : table) {
    int passed = 0;
    for (const auto& [kata, result] : row) passed += text_field(*result, "status") == "pass";
    html += fmt::format("<tr><td>{}</td><td data-value=\"{}\">{}</td>", html_escaped(learner), passed, passed);
    for (const auto& kata : katas) {
      const auto found = row.find(kata);
      if (found == row.end()) {
        html += "<td data-value=\"-1\">—</td>";
        continue;
      }
      const std::string status = text_field(*found->second, "status", "error");
      const auto [text, value] = figure(*found->second, compare_counts);
      const std::string shown = status == "not_yet" ? "NOT YET" : status == "pass" ? "PASS" : status == "broken" ? "BROKEN"
                              : status == "inconclusive" ? "INCONCLUSIVE" : "ERROR";
      html += fmt::format("<td class=\"{}\" data-value=\"{}\" title=\"{}\">{}<small>{}</small></td>", html_escaped(status),
                          value, html_escaped(text_field(*found->second, "reason")), shown, html_escaped(text));
    }
    html += "</tr>\n";
  }
  html += fmt::format(R"(</tbody></table>
<p class="note">Generated {} by <code>kata board</code>.</p>
<script>
document.querySelectorAll('#board th').forEach(function (header, column) {{
  var ascending = false;
  header.addEventListener('click', function () {{
    ascending = !ascending;
    var body = document.querySelector('#board tbody');
    var rows = Array.prototype.slice.call(body.rows);
    var numeric = header.dataset.type === 'number';
    rows.sort(function (a, b) {{
      var x = a.cells[column], y = b.cells[column];
      var order = numeric ? parseFloat(x.dataset.value || 0) - parseFloat(y.dataset.value || 0)
                          : x.textContent.localeCompare(y.textContent);
      return ascending ? order : -order;
    }});
    rows.forEach(function (row) {{ body.appendChild(row); }});
  }});
}});
</script>
</body></html>
)",
                      utc_now());
  return html;
}

}  // namespace checker::workshop
