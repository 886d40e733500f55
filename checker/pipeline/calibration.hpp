#pragma once
// Local calibration: the reference solution measured on this machine with this compiler,
// once, and cached until the kata, the reference or the toolchain changes. It says what is
// reachable here, and adjusts the target where the reference itself cannot reach it.
#include <functional>
#include <optional>
#include <string>

#include "catalogue/kata_spec.hpp"
#include "measure/measurement.hpp"
#include "pipeline/workspace.hpp"

namespace checker::pipeline {

struct Calibration {
  double reference_speedup = 0;  // estimate
  double low = 0;
  double high = 0;
  bool from_cache = false;
  std::optional<double> allocations_per_call;  // the reference's, at the verdict size
};

struct Target {
  double speedup = 0;
  bool adjusted = false;
  bool reachable = true;  // false: even an adjusted target makes no sense here
  std::string note;
};

// The cached calibration, or a fresh one (which builds and measures the reference).
std::optional<Calibration> calibrate(const catalogue::KataSpec& kata, const Workspace& workspace,
                                     const measure::MeasurePlan& plan,
                                     const std::function<void(const std::string&)>& progress);

// Records a measurement of the reference made elsewhere (kata verify).
void store_calibration(const catalogue::KataSpec& kata, const Workspace& workspace, const Calibration& calibration);

// The target to judge against: the catalogue's, unless the reference cannot clearly reach
// it here; then half the reference's speedup (the catalogue's design margin), never below 1.5.
Target choose_target(const catalogue::KataSpec& kata, const std::optional<Calibration>& calibration);

}  // namespace checker::pipeline
