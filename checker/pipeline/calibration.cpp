#include "pipeline/calibration.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <nlohmann/json.hpp>

#include "process/files.hpp"
#include "build/builder.hpp"
#include "build/pristine.hpp"
#include "measure/machine.hpp"
#include "report/evidence.hpp"

namespace checker::pipeline {

namespace fs = std::filesystem;

namespace {

fs::path cache_file(const Workspace& workspace) { return workspace.state_dir / "calibration.json"; }

// Changes whenever the kata, the reference, the toolchain or the machine changes.
std::string calibration_key(const catalogue::KataSpec& kata, const Workspace& workspace) {
  const auto machine = measure::describe_machine();
  std::vector<std::string> parts = {workspace.toolchain.describe(), workspace.toolchain.flags_line(), machine.cpu,
                                    std::to_string(machine.cores),
                                    process::read_file_or_empty(workspace.solutions_dir() / kata.slug / "solution.cpp")};
  for (const auto& file : build::read_pristine(workspace.repo_root, kata.slug).files) parts.push_back(file.content);
  return build::content_hash(parts);
}

nlohmann::json read_cache(const Workspace& workspace) {
  try {
    std::ifstream in(cache_file(workspace));
    if (in) return nlohmann::json::parse(in);
  } catch (const std::exception&) {
    // A damaged cache only costs a re-measurement.
  }
  return nlohmann::json::object();
}

void write_cache(const Workspace& workspace, const nlohmann::json& cache) {
  process::write_file_atomically(cache_file(workspace), cache.dump(2));
}

}  // namespace

void store_calibration(const catalogue::KataSpec& kata, const Workspace& workspace, const Calibration& calibration) {
  auto cache = read_cache(workspace);
  cache[kata.slug] = {{"key", calibration_key(kata, workspace)},
                      {"reference_speedup", calibration.reference_speedup},
                      {"low", calibration.low},
                      {"high", calibration.high}};
  if (calibration.allocations_per_call) cache[kata.slug]["allocations_per_call"] = *calibration.allocations_per_call;
  write_cache(workspace, cache);
}

std::optional<Calibration> calibrate(const catalogue::KataSpec& kata, const Workspace& workspace,
                                     const measure::MeasurePlan& plan,
                                     const std::function<void(const std::string&)>& progress) {
  const std::string key = calibration_key(kata, workspace);
  const auto cache = read_cache(workspace);
  if (cache.contains(kata.slug) && cache[kata.slug].value("key", "") == key) {
    const auto& entry = cache[kata.slug];
    Calibration cached{entry.value("reference_speedup", 0.0), entry.value("low", 0.0), entry.value("high", 0.0), true,
                       std::nullopt};
    if (entry.contains("allocations_per_call") && entry["allocations_per_call"].is_number())
      cached.allocations_per_call = entry["allocations_per_call"].get<double>();
    return cached;
  }
  const fs::path reference = workspace.solutions_dir() / kata.slug / "solution.cpp";
  if (!fs::exists(reference)) return std::nullopt;
  if (progress) progress("calibrating: measuring the reference solution on this machine (once)");
  const auto built = build_in(workspace, kata, reference, "reference", [&](const std::string& step) {
    if (progress) progress("calibrating: building the reference: " + step);
  });
  if (built.status != build::BuildResult::Status::built) return std::nullopt;
  const auto measured = measure::measure_speedup(built.bench_binary, kata, kata.target_speedup, plan);
  if (measured.status != measure::Measurement::Status::decided ||
      measured.judgement.outcome == measure::Outcome::inconclusive)
    return std::nullopt;
  const Calibration calibration{measured.judgement.speedup.estimate, measured.judgement.speedup.low,
                                measured.judgement.speedup.high, false, measured.solution.allocations_per_call};
  store_calibration(kata, workspace, calibration);
  return calibration;
}

Target choose_target(const catalogue::KataSpec& kata, const std::optional<Calibration>& calibration) {
  Target target{kata.target_speedup, false, true, ""};
  if (!calibration) {
    target.note = "target not calibrated on this machine (the reference could not be measured)";
    return target;
  }
  const double reference = calibration->reference_speedup;
  if (calibration->high >= kata.target_speedup * 1.25) return target;
  const double adjusted = reference / 2;
  if (adjusted < 1.5) {
    target.reachable = false;
    target.note = fmt::format("the reference reaches only {} on this machine: it cannot show this kata's effect",
                              report::times_text(reference));
    return target;
  }
  target.speedup = std::min(adjusted, kata.target_speedup);
  target.adjusted = true;
  target.note = fmt::format("target adjusted from {} to {}: the reference reaches only {} on this machine "
                            "(targets are half the reference's speedup)",
                            report::times_text(kata.target_speedup), report::times_text(target.speedup),
                            report::times_text(reference));
  return target;
}

}  // namespace checker::pipeline
