// Alternative: gather the whole batch (marker and events) in one std::string, sized once,
// and append it with a single fwrite on a FILE opened in append mode: one system call for
// the batch instead of one per event, and no stream operation per line. The cost is memory:
// the batch's text (~2.5 MB for 25,000 events) is held twice for a moment.
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

#include "kata.hpp"

namespace kata::endl_flush::solution {

std::uintmax_t append_batch(const AuditBatch& batch, const std::filesystem::path& path) {
  std::string text = "# batch " + std::to_string(batch.sequence) + ": " + std::to_string(batch.events.size()) +
                     " events\n";
  std::size_t size = text.size();
  for (const std::string& event : batch.events) size += event.size() + 1;
  text.reserve(size);
  for (const std::string& event : batch.events) {
    text += event;
    text += '\n';
  }

  std::unique_ptr<std::FILE, int (*)(std::FILE*)> log(std::fopen(path.c_str(), "ab"), &std::fclose);
  if (!log) throw std::runtime_error("cannot open audit log " + path.string());
  // A block larger than stdio's buffer goes straight to the kernel: one or two write()s.
  const bool written = std::fwrite(text.data(), 1, text.size(), log.get()) == text.size();
  const bool closed = std::fclose(log.release()) == 0;
  if (!written || !closed) throw std::runtime_error("cannot write audit log " + path.string());
  return std::filesystem::file_size(path);
}

}  // namespace kata::endl_flush::solution
