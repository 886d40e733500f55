#pragma once
// The class page: one static HTML file (no network, no external files) with a learner ×
// kata table of verdicts and speedups, sortable, readable on a projector.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace checker::workshop {

// `results`: grading results (the objects `kata grade` writes). When they come from more
// than one machine, times are not comparable: the page shows instruction ratios where
// deterministic counts exist and says so.
std::string class_board_html(const std::vector<nlohmann::json>& results, const std::string& title);

}  // namespace checker::workshop
