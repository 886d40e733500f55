#include "pipeline/ranking_memory.hpp"

#include <nlohmann/json.hpp>

#include "process/files.hpp"

namespace checker::pipeline {

namespace {

std::filesystem::path record_path(const Workspace& workspace, const std::string& slug, const std::string& label) {
  return workspace.work_dir(slug, label) / "ranking.json";
}

}  // namespace

std::map<std::string, double> previous_ranking(const Workspace& workspace, const std::string& slug,
                                               const std::string& label) {
  std::map<std::string, double> shares;
  const auto document =
      nlohmann::json::parse(process::read_file_or_empty(record_path(workspace, slug, label)), nullptr, false);
  if (!document.is_object()) return shares;
  for (const auto& [id, share] : document.items())
    if (share.is_number() && share.get<double>() >= 0 && share.get<double>() <= 1) shares[id] = share.get<double>();
  return shares;
}

void remember_ranking(const Workspace& workspace, const std::string& slug, const std::string& label,
                      const report::Ranking& ranking) {
  nlohmann::json document = nlohmann::json::object();
  for (const auto& entry : ranking.open) document[entry.id] = entry.share;
  try {
    process::write_file_atomically(record_path(workspace, slug, label), document.dump(2) + "\n");
  } catch (const std::exception&) {
  }
}

}  // namespace checker::pipeline
