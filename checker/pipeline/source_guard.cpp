#include "pipeline/source_guard.hpp"

#include "process/files.hpp"

namespace checker::pipeline {

SourceGuard::SourceGuard(const std::vector<std::filesystem::path>& files) {
  for (const auto& file : files)
    if (auto content = process::read_file(file)) contents_[file] = std::move(*content);
}

std::vector<std::filesystem::path> SourceGuard::restore() const {
  std::vector<std::filesystem::path> restored;
  for (const auto& [path, content] : contents_) {
    if (process::read_file(path) == content) continue;
    process::write_file_atomically(path, content);
    restored.push_back(path);
  }
  return restored;
}

}  // namespace checker::pipeline
