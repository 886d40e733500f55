// The audit log writer as it was first written: every event line is ended with std::endl.
// Never edited: the checker measures your solution against it.
#include <fstream>
#include <stdexcept>

#include "kata.hpp"

namespace kata::endl_flush::baseline {

namespace {

void write_batch_marker(std::ostream& log, const AuditBatch& batch) {
  // Once per batch: not worth touching.
  log << "# batch " << batch.sequence << ": " << batch.events.size() << " events" << std::endl;
}

}  // namespace

std::uintmax_t append_batch(const AuditBatch& batch, const std::filesystem::path& path) {
  std::ofstream log(path, std::ios::app);
  if (!log) throw std::runtime_error("cannot open audit log " + path.string());
  write_batch_marker(log, batch);
  for (const std::string& event : batch.events) {
    log << event << std::endl;
  }
  log.close();
  if (!log) throw std::runtime_error("cannot write audit log " + path.string());
  return std::filesystem::file_size(path);
}

}  // namespace kata::endl_flush::baseline
