#pragma once
// Counts heap allocations made through operator new, for every thread. The harness
// replaces the global operator new (a learner's file may not: the checker rejects it), so
// the counts are exact, and cheap enough (one relaxed atomic add) to leave on while timing.
#include <cstdint>

namespace kata::harness {

struct AllocationSnapshot {
  std::uint64_t allocations = 0;
  std::uint64_t bytes = 0;
};

// Totals since the process started.
AllocationSnapshot allocation_totals();

// Sums allocations over several start()/stop() windows.
class AllocationTally {
 public:
  void start() { started_ = allocation_totals(); running_ = true; }
  void stop() {
    if (!running_) return;
    const AllocationSnapshot now = allocation_totals();
    allocations_ += now.allocations - started_.allocations;
    bytes_ += now.bytes - started_.bytes;
    running_ = false;
  }
  std::uint64_t allocations() const { return allocations_; }
  std::uint64_t bytes() const { return bytes_; }

 private:
  AllocationSnapshot started_;
  bool running_ = false;
  std::uint64_t allocations_ = 0;
  std::uint64_t bytes_ = 0;
};

}  // namespace kata::harness
