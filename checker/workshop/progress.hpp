#pragma once
// A learner's progress: hints revealed, best result and predictions per kata. Kept in
// .kata/progress.json (outside version control), written atomically so an interrupted run
// never corrupts it; a damaged file is set aside and reported, never silently emptied.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace checker::workshop {

struct KataProgress {
  int hints_revealed = 0;
  std::string status;  // "", "pass", "not_yet", "broken", "inconclusive"
  std::optional<double> best_speedup;
  std::string last_checked;  // ISO 8601 UTC
  std::vector<std::pair<double, double>> predictions;  // (predicted, measured)
};

class ProgressStore {
 public:
  explicit ProgressStore(std::filesystem::path file);

  // Reads the file; a damaged one is renamed to <file>.damaged-<time> and `warning()` says so.
  void load();
  // Writes to a temporary file and renames it over the old one.
  void save() const;
  // The file's content: what `kata progress --export` gives a mentor, plus who and when.
  std::string to_json_text() const;

  KataProgress& kata(const std::string& slug) { return katas_[slug]; }
  const std::map<std::string, KataProgress>& katas() const { return katas_; }
  const std::string& warning() const { return warning_; }
  // The course path `kata next` follows (a name in courses/); empty until one is chosen.
  const std::string& course() const { return course_; }
  void set_course(std::string name) { course_ = std::move(name); }

 private:
  std::filesystem::path file_;
  std::map<std::string, KataProgress> katas_;
  std::string course_;
  std::string warning_;
};

// Now, as ISO 8601 UTC.
std::string utc_now();

}  // namespace checker::workshop
