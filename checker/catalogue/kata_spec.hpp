#pragma once
// The catalogue: what a kata is, as its kata.json says (schema: schema/kata.schema.json,
// documented in docs/kata-json.md). Loading validates; a bad file is a SpecError that
// names the file and the field.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace checker::catalogue {

enum class Severity { critical, high, medium, low };
enum class Metric { cpu_time, real_time, memory_growth, p99_latency };

// How a finding is detected in the learner's code.
struct Detector {
  enum class Kind { clang_query, measured, scaling, decoy };
  Kind kind = Kind::decoy;
  std::string function;       // clang_query, decoy: the function the finding lives in
  std::string matcher;        // clang_query: a clang AST matcher expression
  std::string evidence;       // measured: "allocations_per_call"
  double above_per_item = 0;  // measured: fires above this many per input item
  std::string worse_than;     // scaling: "n", "n_log_n" (fires when the fit is worse)
};

struct FindingSpec {
  std::string id;
  Severity severity = Severity::medium;
  std::string title;
  Detector detect;
  std::string root_cause;
  std::string fix_before;
  std::string fix_after;
  std::string expected_improvement;
  std::string effort;  // low | medium | high
  std::string tradeoffs;
};

struct KataSpec {
  std::string slug;
  std::string title;
  std::string track;
  int order = 0;
  std::string summary;
  std::string bound;  // cpu | memory | io | latency
  std::string path;   // hot | warm | cold
  std::string scale;
  std::string entry;
  // How the report's Google Benchmark snippet makes an input and calls the entry function,
  // as C++ expressions inside the kata's namespace: "make_samples(size, seed)" and
  // "render_report(input)" (the call is prefixed with baseline:: or solution::).
  std::string snippet_input;
  std::string snippet_call;
  Metric metric = Metric::cpu_time;
  // The speedup the learner's solution must reach on this machine. A parallel kata states
  // its target as a parallel efficiency instead; the speedup is then resolved against the
  // cores present when the kata is loaded (see parallel_target_speedup).
  double target_speedup = 0;
  std::optional<double> parallel_efficiency;  // 0 < e <= 1, only for parallel katas
  int target_cores = 0;                       // the cores the speedup was resolved for
  std::vector<std::size_t> sizes;
  std::size_t verdict_size = 0;
  int cores_needed = 1;
  std::string persistent_state;
  // `check --deterministic` (instruction counts under callgrind) may decide the verdict:
  // for instruction-bound katas. Otherwise (memory layout, concurrency, waiting) it only
  // informs and never overrules time.
  bool deterministic_judges = false;
  // More fixed translation units of the kata (file names in katas/<slug>/), compiled and
  // linked like baseline.cpp: e.g. the other library a hot helper is defined in.
  std::vector<std::string> extra_sources;
  // Several anti-patterns of different weight (the capstone track): every check profiles the
  // learner's lines and the report ranks the findings by the share of time their lines take.
  bool ranked_by_profile = false;
  std::vector<FindingSpec> findings;
  std::vector<std::string> hints;
  std::filesystem::path directory;  // katas/<slug>

  // kata::<slug with underscores>: the C++ namespace of the kata.
  std::string cpp_namespace() const;
};

class SpecError : public std::runtime_error {
 public:
  SpecError(const std::string& file, const std::string& field, const std::string& problem);
  const std::string& file() const { return file_; }
  const std::string& field() const { return field_; }

 private:
  std::string file_;
  std::string field_;
};

// The speedup a parallel kata asks for: `efficiency` x the cores present, counting at most
// kMaxTargetCores (thread start-up and turbo clocks make high core counts unfair to
// promise) and never less than 1.5, the floor of every target.
inline constexpr int kMaxTargetCores = 8;
double parallel_target_speedup(double efficiency, int cores);

// The cores this process may run on (its CPU affinity, which taskset and cgroups narrow).
int cores_present();

// Reads and validates katas/<slug>/kata.json; throws SpecError.
KataSpec load_kata_spec(const std::filesystem::path& kata_json);

// Validates already-read text; `file_label` is used in error messages. `cores` resolves
// a parallel-efficiency target (default: cores_present()).
KataSpec parse_kata_spec(const std::string& text, const std::string& file_label, int cores = 0);

// Every kata under `katas_dir`, in course order (track, then order); errors collected.
struct Catalogue {
  std::vector<KataSpec> katas;
  std::vector<SpecError> errors;
  const KataSpec* find(std::string_view slug) const;
};
Catalogue load_catalogue(const std::filesystem::path& katas_dir);

// The tracks in course order.
const std::vector<std::string>& known_tracks();

std::string_view to_string(Severity severity);
std::string_view to_string(Metric metric);
std::optional<Severity> parse_severity(std::string_view text);

}  // namespace checker::catalogue
