#include "cli/context.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>

namespace checker::cli {

namespace {

// Edit distance, to suggest a slug for a typo.
std::size_t distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

const pipeline::Workspace& Context::workspace() {
  if (!workspace_) workspace_ = pipeline::locate_workspace();
  return *workspace_;
}

const catalogue::Catalogue& Context::catalogue() {
  if (!catalogue_) {
    catalogue_ = catalogue::load_catalogue(workspace().katas_dir());
    for (const auto& error : catalogue_->errors) std::cerr << "kata: warning: " << error.what() << "\n";
  }
  return *catalogue_;
}

const catalogue::KataSpec& Context::kata(const std::string& slug) {
  if (const auto* found = catalogue().find(slug)) return *found;
  for (const auto& error : catalogue().errors)
    if (error.file().find("/" + slug + "/") != std::string::npos)
      throw std::runtime_error(error.what());
  std::string close;
  for (const auto& kata : catalogue().katas)
    if (distance(kata.slug, slug) <= 3 || kata.slug.find(slug) != std::string::npos)
      close += (close.empty() ? "" : ", ") + kata.slug;
  throw UsageError(fmt::format("there is no kata '{}'{}; `kata list` shows them all", slug,
                               close.empty() ? "" : " (did you mean " + close + "?)"));
}

bool confirm(const std::string& question, bool assume_yes) {
  if (assume_yes) return true;
  if (!::isatty(STDIN_FILENO)) throw UsageError(question + " — no terminal to ask on: pass --yes to confirm");
  std::cerr << question << " [y/N] " << std::flush;
  std::string answer;
  if (!std::getline(std::cin, answer)) return false;
  return answer == "y" || answer == "Y" || answer == "yes";
}

void record_check(Context& context, const catalogue::KataSpec& kata, const report::Report& report,
                  std::optional<double> predicted) {
  auto& progress = context.progress().kata(kata.slug);
  progress.status = std::string(report::to_string(report.verdict));
  progress.last_checked = workshop::utc_now();
  if (report.speedup && report.verdict != report::Verdict::broken) {
    if (!progress.best_speedup || report.speedup->estimate > *progress.best_speedup)
      progress.best_speedup = report.speedup->estimate;
    if (predicted) progress.predictions.emplace_back(*predicted, report.speedup->estimate);
  }
  context.progress().save();
}

workshop::ProgressStore& Context::progress() {
  if (!progress_) {
    progress_ = std::make_unique<workshop::ProgressStore>(workspace().state_dir / "progress.json");
    progress_->load();
    if (!progress_->warning().empty()) std::cerr << "kata: warning: " << progress_->warning() << "\n";
  }
  return *progress_;
}

}  // namespace checker::cli
