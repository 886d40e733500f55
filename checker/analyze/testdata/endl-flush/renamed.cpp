// Detector fixture: the baseline's anti-pattern with every name changed, the loop
// rewritten as an index-based while loop, and the flush spelled through a using-directive
// (`endl`); a second writer flushes with a member call (`flush()`) in a for loop. The
// flush-per-line detector must still fire.
#include <fstream>
#include <stdexcept>

#include "kata.hpp"

namespace kata::endl_flush::solution {

using namespace std;

static void put_marker(ostream& sink, const AuditBatch& b) {
  sink << "# batch " << b.sequence << ": " << b.events.size() << " events\n";
}

uintmax_t append_batch(const AuditBatch& b, const filesystem::path& where) {
  ofstream sink;
  sink.open(where, ios::out | ios::app);
  if (!sink.is_open()) throw runtime_error("no log");
  put_marker(sink, b);
  size_t i = 0;
  while (i < b.events.size())
    sink << b.events[i++]
         << endl;
  sink.close();
  if (sink.fail()) throw runtime_error("log write failed");
  return filesystem::file_size(where);
}

uintmax_t append_batch_flushing(const AuditBatch& b, const filesystem::path& where) {
  ofstream sink(where, ios::app);
  for (auto it = b.events.begin(); it != b.events.end(); ++it) {
    sink.write(it->data(), static_cast<streamsize>(it->size())).put('\n');
    sink.flush();
  }
  return filesystem::file_size(where);
}

}  // namespace kata::endl_flush::solution
