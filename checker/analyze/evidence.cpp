#include "analyze/evidence.hpp"

#include <fmt/format.h>

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

}  // namespace checker::analyze
