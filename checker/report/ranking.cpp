// The capstone's ranking: which finding takes the most time, how that moved since the last
// check, and how many of the top findings the target needs (Amdahl: a fix removes at most
// the time its lines take).
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "report/evidence.hpp"

namespace checker::report {

namespace {

std::string percent(double share) { return fmt::format("{:.0f}%", 100 * share); }

std::string next_step(const Ranking& ranking, const Evidence& evidence, double target) {
  if (evidence.verdict == Verdict::pass) {
    if (ranking.open.empty()) return "Target reached, and no catalogued finding is left.";
    return fmt::format("Target reached. The largest finding left takes {} of the time ({}): fix it only if the "
                       "program needs more, and measure first.",
                       percent(ranking.open.front().share), ranking.open.front().title);
  }
  const double current = evidence.speedup ? evidence.speedup->estimate : 1.0;
  const double needed = std::clamp(1.0 - current / target, 0.0, 1.0);  // of the current time
  if (ranking.open.empty())
    return fmt::format("No catalogued finding is left, but the target ({}) needs about {} of the current time gone: "
                       "the hottest lines of the profile say where it is.",
                       times_text(target), percent(needed));
  const auto& top = ranking.open.front();
  std::string sentence = fmt::format("Next bottleneck: {} ({} of the time). ", top.title, percent(top.share));
  if (needed <= 0) return sentence + "The target is within the measurement's noise: check again.";
  double together = 0;
  for (std::size_t count = 1; count <= ranking.open.size(); ++count) {
    together += ranking.open[count - 1].share;
    if (together < needed) continue;
    if (count == 1)
      return sentence + fmt::format("The target ({}) needs about {} of the current time gone: this finding alone "
                                    "takes {}, if its fix removes most of it.",
                                    times_text(target), percent(needed), percent(together));
    return sentence + fmt::format("The target ({}) needs about {} of the current time gone: no single finding takes "
                                  "that much, the top {} together take {}. Fix them in this order, checking after each.",
                                  times_text(target), percent(needed), count, percent(together));
  }
  return sentence + fmt::format("The target ({}) needs about {} of the current time gone, and all the findings "
                                "together take {}: each fix must remove nearly all of its cost.",
                                times_text(target), percent(needed), percent(together));
}

}  // namespace

std::optional<Ranking> rank_findings(const catalogue::KataSpec& kata, const Evidence& evidence,
                                     const std::vector<Finding>& findings) {
  if (!kata.ranked_by_profile || evidence.line_shares.empty()) return std::nullopt;
  Ranking ranking;
  ranking.tool = evidence.profile_tool;
  std::set<std::string> open_ids;
  for (const auto& finding : findings) {
    if (finding.cold_path || !finding.share) continue;
    Ranking::Entry entry{finding.id, finding.title, *finding.share, std::nullopt};
    if (const auto before = evidence.previous_shares.find(finding.id); before != evidence.previous_shares.end())
      entry.previous_share = before->second;
    ranking.open.push_back(std::move(entry));
    open_ids.insert(finding.id);
  }
  std::stable_sort(ranking.open.begin(), ranking.open.end(),
                   [](const Ranking::Entry& a, const Ranking::Entry& b) { return a.share > b.share; });
  for (const auto& spec : kata.findings) {
    const auto before = evidence.previous_shares.find(spec.id);
    if (before == evidence.previous_shares.end() || open_ids.count(spec.id)) continue;
    ranking.fixed.push_back({spec.id, spec.title, before->second, before->second});
  }
  std::stable_sort(ranking.fixed.begin(), ranking.fixed.end(),
                   [](const Ranking::Entry& a, const Ranking::Entry& b) { return a.share > b.share; });
  const double target = evidence.speedup ? evidence.speedup->target : kata.target_speedup;
  ranking.next = next_step(ranking, evidence, target);
  return ranking;
}

}  // namespace checker::report
