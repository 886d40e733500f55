// Reference: end the event lines with '\n'. std::endl is '\n' *and* a flush, and a flush
// hands the stream's buffer to the kernel in a write() system call: one system call per
// event, 25,000 per batch, each costing more than everything else the loop does. With
// '\n' the ofstream's buffer (8 KB in libstdc++) fills up and goes out in ~330 writes, and
// close() writes the rest once, at the end of the batch: the same point of durability the
// per-line flushes gave (a crash mid-batch loses the rest of the batch either way).
// The marker line keeps its std::endl: once per batch, it costs one system call.
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
    log << event << '\n';
  }
  log.close();  // writes what is left in the buffer; a failure shows in the stream's state
  if (!log) throw std::runtime_error("cannot write audit log " + path.string());
  return std::filesystem::file_size(path);
}

}  // namespace kata::endl_flush::solution
