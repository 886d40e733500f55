// Your file: make append_batch fast. It starts as a copy of baseline.cpp.
// `kata check endl-flush` builds it, tests it against the baseline and measures it.
#include <fstream>
#include <stdexcept>

#include "kata.hpp"

namespace kata::endl_flush::solution {

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

}  // namespace kata::endl_flush::solution
