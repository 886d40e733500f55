#include "analyze/evidence.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace checker::analyze {

std::optional<std::string> measured_finding(const catalogue::Detector& detector,
                                            const MeasuredEvidence& evidence) {
  if (detector.kind != catalogue::Detector::Kind::measured || evidence.items_per_call == 0)
    return std::nullopt;
  if (detector.evidence == "allocations_per_call") {
    const double per_item = evidence.allocations_per_call / static_cast<double>(evidence.items_per_call);
    if (per_item <= detector.above_per_item) return std::nullopt;
    return fmt::format("{:.0f} allocations per call ({:.2f} per item; the baseline makes {:.0f}); "
                       "expected at most {:.2f} per item",
                       evidence.allocations_per_call, per_item,
                       evidence.baseline_allocations_per_call, detector.above_per_item);
  }
  return std::nullopt;
}

int complexity_rank(const std::string& big_o) {
  static const std::vector<std::string> order = {"(1)", "lgN", "N", "NlgN", "N^2", "N^3"};
  const auto found = std::find(order.begin(), order.end(), big_o);
  return found == order.end() ? -1 : static_cast<int>(found - order.begin());
}

namespace {

std::string shown_class(const std::string& big_o) {
  if (big_o.empty() || complexity_rank(big_o) < 0) return "no clear class";
  return "O(" + (big_o == "(1)" ? std::string("1") : big_o) + ")";
}

}  // namespace

std::optional<std::string> scaling_finding(const catalogue::Detector& detector, const ScalingEvidence& evidence) {
  if (detector.kind != catalogue::Detector::Kind::scaling || evidence.solution_per_doubling <= 0) return std::nullopt;
  // The allowed class, and the time ratio per doubling that is clearly beyond it (N: 2,
  // N log N: about 2.1 at these sizes; N^2: 4), with room for the VM's noise.
  struct Allowed {
    const char* name;
    const char* big_o;
    double beyond_per_doubling;
  };
  static const Allowed allowed[] = {{"n", "N", 2.4}, {"n_log_n", "NlgN", 2.7}, {"n_squared", "N^2", 4.8}};
  const auto limit = std::find_if(std::begin(allowed), std::end(allowed),
                                  [&](const Allowed& a) { return detector.worse_than == a.name; });
  if (limit == std::end(allowed)) return std::nullopt;
  const int rank = complexity_rank(evidence.solution_class);
  const bool class_says_worse = rank < 0 || rank > complexity_rank(limit->big_o);
  if (!class_says_worse || evidence.solution_per_doubling <= limit->beyond_per_doubling) return std::nullopt;
  return fmt::format("still {}: ×{:.1f} per doubling of the input (the baseline: {}, ×{:.1f}); "
                     "{} would be ×{:.1f} at most",
                     shown_class(evidence.solution_class), evidence.solution_per_doubling,
                     shown_class(evidence.baseline_class), evidence.baseline_per_doubling,
                     shown_class(limit->big_o), limit->beyond_per_doubling);
}

}  // namespace checker::analyze
