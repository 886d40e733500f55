#pragma once
// The ranking of a ranked kata's findings at the learner's previous check of a file, kept in
// the state directory so the next report can show how it moved (the next bottleneck).
#include <map>
#include <string>

#include "pipeline/workspace.hpp"
#include "report/model.hpp"

namespace checker::pipeline {

// finding id -> share at the previous check of `label`'s file; empty when there was none or
// the record is unreadable (a lost record only loses the comparison).
std::map<std::string, double> previous_ranking(const Workspace& workspace, const std::string& slug,
                                               const std::string& label);

// Records `ranking`'s open findings for the next check; a failure to write is not an error.
void remember_ranking(const Workspace& workspace, const std::string& slug, const std::string& label,
                      const report::Ranking& ranking);

}  // namespace checker::pipeline
