#pragma once
// endl-flush: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "kata/random.hpp"

namespace kata::endl_flush {

// One batch of audit events, taken off the in-memory queue by the writer thread. The
// request threads rendered each event to its line when it happened (without a newline).
struct AuditBatch {
  std::uint64_t sequence = 0;        // batches are numbered from 1 since the service started
  std::vector<std::string> events;   // e.g. "2024-03-01T18:02:11.417Z order=SO-40012345 event=paid ..."
};

// Appends the batch to the audit log at `path` (created if it does not exist):
//   # batch <sequence>: <number of events> events\n
//   <event>\n                                        (one line per event, in order)
// The log is opened for this batch and closed before the call returns (log rotation
// renames the file between batches). Returns the log's size in bytes after the batch (the
// writer starts a new file when it passes 1 GB). Throws std::runtime_error (or an
// exception derived from it) when the log cannot be opened or written.
namespace baseline {
std::uintmax_t append_batch(const AuditBatch& batch, const std::filesystem::path& path);
}
namespace solution {
std::uintmax_t append_batch(const AuditBatch& batch, const std::filesystem::path& path);
}

// A file of its own in the temporary directory ($TMPDIR, else /tmp), created empty and
// removed again when the object goes: tests and benchmarks may run side by side, so every
// log they write gets a file of its own.
class ScratchFile {
 public:
  ScratchFile() {
    std::string name = (std::filesystem::temp_directory_path() / "kata-endl-flush-XXXXXX").string();
    const int descriptor = ::mkstemp(name.data());
    if (descriptor < 0) throw std::system_error(errno, std::generic_category(), "mkstemp " + name);
    ::close(descriptor);
    path_ = std::move(name);
  }
  ScratchFile(ScratchFile&& other) noexcept : path_(std::exchange(other.path_, {})) {}
  ScratchFile& operator=(ScratchFile&& other) noexcept {
    if (this != &other) {
      remove();
      path_ = std::exchange(other.path_, {});
    }
    return *this;
  }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  ~ScratchFile() { remove(); }

  const std::filesystem::path& path() const { return path_; }

  // What the file holds now, byte for byte.
  std::string contents() const {
    std::ifstream in(path_, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }

 private:
  void remove() noexcept {
    if (path_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }

  std::filesystem::path path_;
};

// A directory of its own in the temporary directory, removed with everything in it when
// the object goes.
class ScratchDirectory {
 public:
  ScratchDirectory() {
    std::string name = (std::filesystem::temp_directory_path() / "kata-endl-flush-XXXXXX").string();
    if (::mkdtemp(name.data()) == nullptr)
      throw std::system_error(errno, std::generic_category(), "mkdtemp " + name);
    path_ = std::move(name);
  }
  ScratchDirectory(ScratchDirectory&& other) noexcept
      : path_(std::exchange(other.path_, {})), files_(other.files_) {}
  ScratchDirectory& operator=(ScratchDirectory&& other) noexcept {
    if (this != &other) {
      remove();
      path_ = std::exchange(other.path_, {});
      files_ = other.files_;
    }
    return *this;
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  ~ScratchDirectory() { remove(); }

  // A file name in the directory that no earlier call returned (the file is not created).
  std::filesystem::path new_file_name() const { return path_ / ("audit-" + std::to_string(++files_) + ".log"); }

 private:
  void remove() noexcept {
    if (path_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }

  std::filesystem::path path_;
  mutable std::uint64_t files_ = 0;
};

// What the benchmark hands to each measured call: a batch, and a directory for the call's
// log that is created and removed (with the log) outside the timing.
struct AuditJob {
  AuditBatch batch;
  ScratchDirectory logs;
};

// One call as the benchmark sees it: where its log is and the size the call returned. Two
// are equal when they returned the same size and the logs hold the same bytes (comparing
// reads both files, which the job's directory keeps until the job goes).
struct WrittenLog {
  std::filesystem::path path;
  std::uintmax_t reported_size = 0;

  friend bool operator==(const WrittenLog& expected, const WrittenLog& actual) {
    const auto read = [](const std::filesystem::path& path) {
      std::ifstream in(path, std::ios::binary);
      return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    return expected.reported_size == actual.reported_size && read(expected.path) == read(actual.path);
  }
};

// Runs `append_batch` (the baseline's or the solution's) on a new log in the job's directory.
template <class Append>
WrittenLog append_to_new_log(Append&& append_batch, const AuditJob& job) {
  WrittenLog written{job.logs.new_file_name()};
  written.reported_size = append_batch(job.batch, written.path);
  return written;
}

// The inputs the tests and the benchmark use: a batch of `count` events drawn from `seed`,
// rendered as the order service renders them (85-135 characters each).
inline AuditBatch make_audit_batch(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  static const std::vector<std::string> skus = {
      "TEE-ORGANIC-CREW-NAVY", "HOODIE-FLEECE-ZIP-GREY", "SOCKS-MERINO-HIKE-3PK",
      "CAP-CANVAS-5PANEL-OLIVE", "JACKET-RAIN-PACKABLE-RED", "TOTE-RECYCLED-NATURAL"};
  static const std::vector<std::string> sizes = {"XS", "S", "M", "L", "XL", "XXL"};
  static const std::vector<std::string> carriers = {"dhl-express", "ups-standard", "postnord", "dpd-classic"};
  static const std::vector<std::string> reasons = {"customer_request", "payment_failed", "out_of_stock",
                                                   "fraud_suspected"};
  AuditBatch batch;
  batch.sequence = static_cast<std::uint64_t>(rng.between(1, 5'000'000));
  batch.events.reserve(count);
  std::int64_t millis = (1'709'316'000 + rng.between(0, 86'400)) * 1000;
  for (std::size_t i = 0; i < count; ++i) {
    millis += rng.between(0, 9);
    const std::int64_t seconds_of_day = millis / 1000 % 86'400;
    char stamp[40];
    std::snprintf(stamp, sizeof stamp, "2024-03-01T%02d:%02d:%02d.%03dZ", static_cast<int>(seconds_of_day / 3600),
                  static_cast<int>(seconds_of_day / 60 % 60), static_cast<int>(seconds_of_day % 60),
                  static_cast<int>(millis % 1000));
    std::string event = stamp;
    event += " order=SO-" + std::to_string(40'000'000 + rng.between(0, 9'999'999));
    event += " user=cust-" + std::to_string(1'000'000 + rng.between(0, 8'999'999));
    switch (rng.between(0, 5)) {
      case 0: event += " event=created channel=" + std::string(rng.chance(0.7) ? "web" : "app"); break;
      case 1:
      case 2:
        event += " event=line_added sku=" + rng.pick(skus) + "-" + rng.pick(sizes) +
                 " qty=" + std::to_string(rng.between(1, 5));
        break;
      case 3:
        event += " event=paid amount=" + std::to_string(rng.between(5, 900)) + "." +
                 std::to_string(rng.between(10, 99)) + " currency=EUR psp_ref=pi_" + kata::random::word(rng, 14, 24);
        break;
      case 4:
        event += " event=shipped carrier=" + rng.pick(carriers) + " tracking=" + kata::random::word(rng, 10, 18);
        break;
      default: event += " event=cancelled reason=" + rng.pick(reasons); break;
    }
    batch.events.push_back(std::move(event));
  }
  return batch;
}

// The benchmark's input: a generated batch and a fresh directory for its logs.
inline AuditJob make_audit_job(std::size_t count, std::uint64_t seed) {
  return AuditJob{make_audit_batch(count, seed), ScratchDirectory()};
}

}  // namespace kata::endl_flush
