#include "catalogue/kata_spec.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include <sched.h>
#include <unistd.h>

namespace checker::catalogue {

namespace {

using nlohmann::json;

// Reads fields of one JSON object, naming the full field path in every error.
class FieldReader {
 public:
  FieldReader(const json& object, std::string file, std::string prefix)
      : object_(object), file_(std::move(file)), prefix_(std::move(prefix)) {
    if (!object_.is_object()) fail("", "must be an object");
  }

  [[noreturn]] void fail(const std::string& field, const std::string& problem) const {
    throw SpecError(file_, path(field), problem);
  }

  std::string path(const std::string& field) const {
    if (prefix_.empty()) return field;
    if (field.empty()) return prefix_;
    return prefix_ + "." + field;
  }

  const json* find(const std::string& field) const {
    const auto it = object_.find(field);
    return it == object_.end() ? nullptr : &*it;
  }

  const json& require(const std::string& field) const {
    if (const json* value = find(field)) return *value;
    fail(field, "is missing");
  }

  std::string text(const std::string& field, bool allow_empty = false) const {
    const json& value = require(field);
    if (!value.is_string()) fail(field, "must be a string, not " + describe(value));
    auto result = value.get<std::string>();
    if (!allow_empty && result.empty()) fail(field, "must not be empty");
    return result;
  }

  std::string optional_text(const std::string& field) const {
    return find(field) ? text(field, true) : std::string();
  }

  std::string one_of(const std::string& field, std::initializer_list<std::string_view> allowed) const {
    auto value = text(field);
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
      std::string list;
      for (auto item : allowed) list += (list.empty() ? "" : ", ") + std::string(item);
      fail(field, "must be one of " + list + " (got \"" + value + "\")");
    }
    return value;
  }

  bool optional_flag(const std::string& field) const {
    const json* value = find(field);
    if (!value) return false;
    if (!value->is_boolean()) fail(field, "must be true or false, not " + describe(*value));
    return value->get<bool>();
  }

  double number(const std::string& field) const {
    const json& value = require(field);
    if (!value.is_number()) fail(field, "must be a number, not " + describe(value));
    return value.get<double>();
  }

  long long integer(const std::string& field) const {
    const json& value = require(field);
    if (!value.is_number_integer()) fail(field, "must be a whole number, not " + describe(value));
    return value.get<long long>();
  }

  FieldReader object(const std::string& field) const {
    const json& value = require(field);
    if (!value.is_object()) fail(field, "must be an object, not " + describe(value));
    return FieldReader(value, file_, path(field));
  }

  const json& array(const std::string& field) const {
    const json& value = require(field);
    if (!value.is_array()) fail(field, "must be an array, not " + describe(value));
    return value;
  }

  const std::string& file() const { return file_; }

  static std::string describe(const json& value) {
    if (value.is_string()) return "the string \"" + value.get<std::string>() + "\"";
    if (value.is_null()) return "null";
    if (value.is_boolean()) return "a boolean";
    if (value.is_array()) return "an array";
    if (value.is_object()) return "an object";
    return "the number " + value.dump();
  }

 private:
  const json& object_;
  std::string file_;
  std::string prefix_;
};

// [a-z][a-z0-9]*(-[a-z0-9]+)*: lower-case words joined by single dashes.
bool is_slug(std::string_view text) {
  if (text.empty() || text.front() < 'a' || text.front() > 'z' || text.back() == '-') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word && !(c == '-' && text[i - 1] != '-')) return false;
  }
  return true;
}

Detector parse_detector(const FieldReader& reader) {
  Detector detector;
  const auto kind = reader.one_of("kind", {"clang-query", "measured", "scaling", "decoy"});
  if (kind == "clang-query") {
    detector.kind = Detector::Kind::clang_query;
    detector.function = reader.text("function");
    detector.matcher = reader.text("matcher");
  } else if (kind == "measured") {
    detector.kind = Detector::Kind::measured;
    detector.evidence = reader.one_of("evidence", {"allocations_per_call"});
    detector.above_per_item = reader.number("above_per_item");
    if (detector.above_per_item < 0) reader.fail("above_per_item", "must not be negative");
  } else if (kind == "scaling") {
    detector.kind = Detector::Kind::scaling;
    detector.worse_than = reader.one_of("worse_than", {"n", "n_log_n"});
  } else {
    detector.kind = Detector::Kind::decoy;
    detector.function = reader.text("function");
  }
  return detector;
}

FindingSpec parse_finding(const FieldReader& reader) {
  FindingSpec finding;
  finding.id = reader.text("id");
  finding.severity = *parse_severity(reader.one_of("severity", {"critical", "high", "medium", "low"}));
  finding.title = reader.text("title");
  finding.detect = parse_detector(reader.object("detect"));
  finding.root_cause = reader.text("root_cause");
  finding.fix_before = reader.text("fix_before");
  finding.fix_after = reader.text("fix_after");
  finding.expected_improvement = reader.text("expected_improvement");
  finding.effort = reader.one_of("effort", {"low", "medium", "high"});
  finding.tradeoffs = reader.text("tradeoffs");
  return finding;
}

Metric parse_metric(const FieldReader& target) {
  const auto name =
      target.one_of("metric", {"cpu_time", "real_time", "memory_growth", "p99_latency"});
  if (name == "cpu_time") return Metric::cpu_time;
  if (name == "real_time") return Metric::real_time;
  if (name == "memory_growth") return Metric::memory_growth;
  return Metric::p99_latency;
}

}  // namespace

SpecError::SpecError(const std::string& file, const std::string& field, const std::string& problem)
    : std::runtime_error(file + (field.empty() ? "" : ": field '" + field + "'") + ": " + problem),
      file_(file),
      field_(field) {}

std::string KataSpec::cpp_namespace() const {
  std::string name = slug;
  std::replace(name.begin(), name.end(), '-', '_');
  return "kata::" + name;
}

double parallel_target_speedup(double efficiency, int cores) {
  return std::max(1.5, efficiency * std::clamp(cores, 1, kMaxTargetCores));
}

int cores_present() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  return std::max(1, static_cast<int>(::sysconf(_SC_NPROCESSORS_ONLN)));
}

KataSpec parse_kata_spec(const std::string& text, const std::string& file_label, int cores) {
  json document;
  try {
    document = json::parse(text);
  } catch (const json::exception& error) {  // parse_error, or out_of_range for a number too large
    // nlohmann's message carries line and column.
    throw SpecError(file_label, "", std::string("is not valid JSON: ") + error.what());
  }
  const FieldReader root(document, file_label, "");
  KataSpec spec;
  spec.slug = root.text("slug");
  if (!is_slug(spec.slug))
    root.fail("slug", "must be lower-case words joined by '-' (got \"" + spec.slug + "\")");
  spec.title = root.text("title");
  spec.track = root.text("track");
  if (std::find(known_tracks().begin(), known_tracks().end(), spec.track) == known_tracks().end())
    root.fail("track", "is not a known track (\"" + spec.track + "\"); see docs/kata-json.md");
  spec.order = static_cast<int>(root.integer("order"));
  spec.summary = root.text("summary");

  const auto context = root.object("context");
  spec.bound = context.one_of("bound", {"cpu", "memory", "io", "latency"});
  spec.path = context.one_of("path", {"hot", "warm", "cold"});
  spec.scale = context.text("scale");
  spec.entry = root.text("entry");
  const auto snippet = root.object("snippet");
  spec.snippet_input = snippet.text("input");
  spec.snippet_call = snippet.text("call");

  const auto target = root.object("target");
  spec.metric = parse_metric(target);
  if (target.find("parallel_efficiency") != nullptr) {
    if (target.find("speedup") != nullptr)
      target.fail("speedup", "cannot be given with parallel_efficiency: the speedup follows from the cores present");
    const double efficiency = target.number("parallel_efficiency");
    if (!(efficiency > 0 && efficiency <= 1))
      target.fail("parallel_efficiency", "must be above 0 and at most 1 (the share of ideal linear speedup)");
    if (spec.metric != Metric::real_time)
      target.fail("parallel_efficiency", "needs \"metric\": \"real_time\" (parallel work is judged by wall time)");
    spec.parallel_efficiency = efficiency;
    spec.target_cores = std::clamp(cores > 0 ? cores : cores_present(), 1, kMaxTargetCores);
    spec.target_speedup = parallel_target_speedup(efficiency, spec.target_cores);
  } else {
    spec.target_speedup = target.number("speedup");
    if (spec.target_speedup < 1.5)
      target.fail("speedup", "must be at least 1.5, so that the baseline can never pass");
  }

  const auto measure = root.object("measure");
  const json& sizes = measure.array("sizes");
  if (sizes.empty()) measure.fail("sizes", "must list at least one input size");
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    if (!sizes[i].is_number_unsigned() || sizes[i].get<std::size_t>() == 0)
      measure.fail("sizes[" + std::to_string(i) + "]", "must be a positive whole number");
    spec.sizes.push_back(sizes[i].get<std::size_t>());
  }
  if (!std::is_sorted(spec.sizes.begin(), spec.sizes.end()) ||
      std::adjacent_find(spec.sizes.begin(), spec.sizes.end()) != spec.sizes.end())
    measure.fail("sizes", "must be strictly increasing");
  const auto verdict_size = measure.integer("verdict_size");
  if (verdict_size <= 0 ||
      std::find(spec.sizes.begin(), spec.sizes.end(), static_cast<std::size_t>(verdict_size)) ==
          spec.sizes.end())
    measure.fail("verdict_size", "must be one of measure.sizes");
  spec.verdict_size = static_cast<std::size_t>(verdict_size);
  if (spec.metric == Metric::memory_growth &&
      std::find(spec.sizes.begin(), spec.sizes.end(), spec.verdict_size / 4) == spec.sizes.end())
    measure.fail("sizes", "must include verdict_size / 4: memory growth compares the peak at L and 4L");

  spec.cores_needed = static_cast<int>(root.integer("cores_needed"));
  if (spec.cores_needed < 1) root.fail("cores_needed", "must be at least 1");
  spec.persistent_state = root.text("persistent_state");
  if (!root.optional_text("deterministic").empty())
    spec.deterministic_judges = root.one_of("deterministic", {"judge", "inform"}) == "judge";

  if (document.contains("extra_sources")) {
    const json& extra = root.array("extra_sources");
    for (std::size_t i = 0; i < extra.size(); ++i) {
      const std::string field = "extra_sources[" + std::to_string(i) + "]";
      const std::string name = extra[i].is_string() ? extra[i].get<std::string>() : "";
      static const std::set<std::string> reserved = {"baseline.cpp", "solution.cpp", "test.cpp", "bench.cpp"};
      if (name.size() < 5 || !name.ends_with(".cpp") || name.find('/') != std::string::npos ||
          name.front() == '.' || reserved.count(name))
        root.fail(field, "must name a .cpp file of the kata's own folder, other than baseline, solution, test and bench");
      if (std::find(spec.extra_sources.begin(), spec.extra_sources.end(), name) != spec.extra_sources.end())
        root.fail(field, "repeats \"" + name + "\"");
      spec.extra_sources.push_back(name);
    }
  }

  const json& findings = root.array("findings");
  if (findings.empty()) root.fail("findings", "must describe at least the kata's anti-pattern");
  std::set<std::string> ids;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    FieldReader reader(findings[i], file_label, "findings[" + std::to_string(i) + "]");
    auto finding = parse_finding(reader);
    if (!ids.insert(finding.id).second) reader.fail("id", "repeats \"" + finding.id + "\"");
    spec.findings.push_back(std::move(finding));
  }
  spec.ranked_by_profile = root.optional_flag("ranked_by_profile");
  if (spec.ranked_by_profile) {
    // The ranking sums the profile's shares over each finding's matched lines: a finding
    // without lines could not be ranked, and one ranked finding is no ranking.
    std::size_t ranked = 0;
    for (std::size_t i = 0; i < spec.findings.size(); ++i) {
      const auto kind = spec.findings[i].detect.kind;
      if (kind == Detector::Kind::clang_query) ++ranked;
      else if (kind != Detector::Kind::decoy)
        root.fail("findings[" + std::to_string(i) + "].detect.kind",
                  "must be clang-query or decoy when ranked_by_profile is true: the ranking needs the finding's lines");
    }
    if (ranked < 2) root.fail("ranked_by_profile", "needs at least two clang-query findings to rank");
  }
  const json& hints = root.array("hints");
  if (hints.size() < 3) root.fail("hints", "must hold at least three hints (nudge, technique, recipe)");
  for (std::size_t i = 0; i < hints.size(); ++i) {
    if (!hints[i].is_string() || hints[i].get<std::string>().empty())
      root.fail("hints[" + std::to_string(i) + "]", "must be a non-empty string");
    spec.hints.push_back(hints[i].get<std::string>());
  }
  for (const auto& [key, value] : document.items()) {
    static const std::set<std::string> known = {
        "$schema", "slug", "title", "track", "order", "summary", "context", "entry", "snippet", "target",
        "measure", "cores_needed", "persistent_state", "deterministic", "extra_sources", "ranked_by_profile",
        "findings", "hints"};
    if (!known.count(key)) root.fail(key, "is not a kata.json field (misspelt?)");
  }
  return spec;
}

KataSpec load_kata_spec(const std::filesystem::path& kata_json) {
  std::ifstream in(kata_json);
  if (!in) throw SpecError(kata_json.string(), "", "cannot be read");
  std::stringstream text;
  text << in.rdbuf();
  auto spec = parse_kata_spec(text.str(), kata_json.string());
  const auto folder = kata_json.parent_path().filename().string();
  if (spec.slug != folder)
    throw SpecError(kata_json.string(), "slug",
                    "is \"" + spec.slug + "\" but the folder is \"" + folder + "\"");
  spec.directory = kata_json.parent_path();
  for (std::size_t i = 0; i < spec.extra_sources.size(); ++i)
    if (!std::filesystem::exists(spec.directory / spec.extra_sources[i]))
      throw SpecError(kata_json.string(), "extra_sources[" + std::to_string(i) + "]",
                      "names " + spec.extra_sources[i] + ", which is not in " + spec.directory.string());
  return spec;
}

const KataSpec* Catalogue::find(std::string_view slug) const {
  for (const auto& kata : katas)
    if (kata.slug == slug) return &kata;
  return nullptr;
}

Catalogue load_catalogue(const std::filesystem::path& katas_dir) {
  Catalogue catalogue;
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator(katas_dir, ignored)) {
    const auto manifest = entry.path() / "kata.json";
    if (!entry.is_directory() || !std::filesystem::exists(manifest)) continue;
    try {
      catalogue.katas.push_back(load_kata_spec(manifest));
    } catch (const SpecError& error) {
      catalogue.errors.push_back(error);
    }
  }
  const auto track_rank = [](const std::string& track) {
    const auto& tracks = known_tracks();
    return std::find(tracks.begin(), tracks.end(), track) - tracks.begin();
  };
  std::sort(catalogue.katas.begin(), catalogue.katas.end(), [&](const auto& a, const auto& b) {
    return std::tuple(track_rank(a.track), a.order, a.slug) <
           std::tuple(track_rank(b.track), b.order, b.slug);
  });
  return catalogue;
}

const std::vector<std::string>& known_tracks() {
  static const std::vector<std::string> tracks = {
      "memory",   "parsing", "errors",      "algorithms", "data-structures", "compiler",
      "layout",   "concurrency", "async",   "parallel",   "capstone"};
  return tracks;
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::critical: return "critical";
    case Severity::high: return "high";
    case Severity::medium: return "medium";
    case Severity::low: return "low";
  }
  return "?";
}

std::string_view to_string(Metric metric) {
  switch (metric) {
    case Metric::cpu_time: return "cpu_time";
    case Metric::real_time: return "real_time";
    case Metric::memory_growth: return "memory_growth";
    case Metric::p99_latency: return "p99_latency";
  }
  return "?";
}

std::optional<Severity> parse_severity(std::string_view text) {
  for (auto severity : {Severity::critical, Severity::high, Severity::medium, Severity::low})
    if (to_string(severity) == text) return severity;
  return std::nullopt;
}

}  // namespace checker::catalogue
