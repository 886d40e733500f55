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

// Whether a `measured` finding fires for this evidence, and the sentence that says why
// ("8,001 allocations per call, 2.0 per item; the detector fires above 1.5 per item").
std::optional<std::string> measured_finding(const catalogue::Detector& detector,
                                            const MeasuredEvidence& evidence);

}  // namespace checker::analyze
