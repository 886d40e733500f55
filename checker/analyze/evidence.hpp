#pragma once
// Measured evidence for a kata's findings: what the benchmark counted, judged against
// each finding's `measured` detector. Pure functions of the measurement.
#include <optional>
#include <string>

#include "catalogue/kata_spec.hpp"

namespace checker::analyze {

struct MeasuredEvidence {
  double allocations_per_call = 0;
  double baseline_allocations_per_call = 0;
  std::size_t items_per_call = 0;  // the verdict size
};

struct ScalingEvidence {
  std::string solution_class;  // Google Benchmark's fit: "N", "NlgN", "N^2", ...
  double solution_per_doubling = 0;
  std::string baseline_class;
  double baseline_per_doubling = 0;
};

// Growth classes in order, for comparisons: "(1)" < "lgN" < "N" < "NlgN" < "N^2" < "N^3";
// -1 for one it does not know (Google Benchmark's "f(N)").
int complexity_rank(const std::string& big_o);

// Whether a `scaling` finding fires: the learner's fitted class is worse than the
// detector's `worse_than` and the time per doubling agrees (a fit on four noisy points can
// pick a neighbouring class; both must say so). The sentence says by how much:
// "still O(N^2): ×3.9 per doubling (baseline O(N^2), ×4.0)".
std::optional<std::string> scaling_finding(const catalogue::Detector& detector, const ScalingEvidence& evidence);

// Whether a `measured` finding fires for this evidence, and the sentence that says why
// ("8,001 allocations per call, 2.0 per item; the detector fires above 1.5 per item").
std::optional<std::string> measured_finding(const catalogue::Detector& detector,
                                            const MeasuredEvidence& evidence);

}  // namespace checker::analyze
