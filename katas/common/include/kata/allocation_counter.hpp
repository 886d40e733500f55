#pragma once
// Counts heap allocations made through operator new, in every thread, while counting is
// switched on. The harness switches it on for one extra call after the timed ones, so the
// timed calls run uninstrumented and the counts are exact. A learner's file may not replace
// operator new (the checker rejects it).
#include <cstdint>

namespace kata::harness {

struct AllocationCount {
  std::uint64_t allocations = 0;
  std::uint64_t bytes = 0;       // requested
  std::uint64_t peak_bytes = 0;  // most bytes live at once during the window, above the start
};

// Counts the allocations of everything between its construction and finish().
class AllocationWindow {
 public:
  AllocationWindow();
  ~AllocationWindow();
  AllocationWindow(const AllocationWindow&) = delete;
  AllocationWindow& operator=(const AllocationWindow&) = delete;
  // Stops counting (once) and returns what was counted.
  AllocationCount finish();

 private:
  bool open_ = true;
  AllocationCount result_;
};

}  // namespace kata::harness
