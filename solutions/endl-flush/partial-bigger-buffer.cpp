// A step that looks right but is not: give the ofstream a 1 MB buffer "so the writes are
// batched", and keep std::endl. The buffer never batches anything: std::endl flushes it
// after every line, so every event is still its own write() system call.
#include <fstream>
#include <memory>
#include <stdexcept>

#include "kata.hpp"

namespace kata::endl_flush::solution {

namespace {

constexpr std::size_t kBufferSize = std::size_t{1} << 20;

void write_batch_marker(std::ostream& log, const AuditBatch& batch) {
  log << "# batch " << batch.sequence << ": " << batch.events.size() << " events" << std::endl;
}

}  // namespace

std::uintmax_t append_batch(const AuditBatch& batch, const std::filesystem::path& path) {
  const auto buffer = std::make_unique<char[]>(kBufferSize);
  std::ofstream log;
  log.rdbuf()->pubsetbuf(buffer.get(), kBufferSize);  // before open(), or libstdc++ ignores it
  log.open(path, std::ios::app);
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
