#include "workshop/progress.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>

#include "process/files.hpp"

namespace checker::workshop {

namespace fs = std::filesystem;

ProgressStore::ProgressStore(fs::path file) : file_(std::move(file)) {}

std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

void ProgressStore::load() {
  katas_.clear();
  course_.clear();
  std::ifstream in(file_);
  if (!in) return;  // no progress yet
  try {
    const auto document = nlohmann::json::parse(in);
    course_ = document.value("course", "");
    for (const auto& [slug, entry] : document.at("katas").items()) {
      KataProgress progress;
      progress.hints_revealed = entry.value("hints_revealed", 0);
      progress.status = entry.value("status", "");
      if (entry.contains("best_speedup") && entry["best_speedup"].is_number())
        progress.best_speedup = entry["best_speedup"].get<double>();
      progress.last_checked = entry.value("last_checked", "");
      for (const auto& pair : entry.value("predictions", nlohmann::json::array()))
        progress.predictions.emplace_back(pair.at(0).get<double>(), pair.at(1).get<double>());
      katas_[slug] = progress;
    }
  } catch (const std::exception& error) {
    in.close();
    const fs::path aside = file_.string() + ".damaged-" + utc_now();
    std::error_code ignored;
    fs::rename(file_, aside, ignored);
    katas_.clear();
    warning_ = "your progress file was damaged (" + std::string(error.what()) + "); it was set aside as " +
               aside.string() + " and a new one started";
  }
}

std::string ProgressStore::to_json_text() const {
  nlohmann::json document = {{"version", 1}, {"course", course_}, {"katas", nlohmann::json::object()}};
  for (const auto& [slug, progress] : katas_) {
    nlohmann::json predictions = nlohmann::json::array();
    for (const auto& [predicted, measured] : progress.predictions) predictions.push_back({predicted, measured});
    document["katas"][slug] = {{"hints_revealed", progress.hints_revealed},
                               {"status", progress.status},
                               {"best_speedup", progress.best_speedup ? nlohmann::json(*progress.best_speedup) : nlohmann::json(nullptr)},
                               {"last_checked", progress.last_checked},
                               {"predictions", predictions}};
  }
  return document.dump(2) + "\n";
}

void ProgressStore::save() const {
  process::write_file_atomically(file_, to_json_text());
}

}  // namespace checker::workshop
