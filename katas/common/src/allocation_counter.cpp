// Replaces the global allocation functions. When no window is open the only cost is one
// relaxed load per allocation; inside a window allocations, requested bytes and the peak
// of live bytes (by malloc_usable_size, so frees can be subtracted) are counted.
#include "kata/allocation_counter.hpp"

#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<bool> g_counting{false};
std::atomic<std::uint64_t> g_allocations{0};
std::atomic<std::uint64_t> g_bytes{0};
std::atomic<std::int64_t> g_live{0};
std::atomic<std::int64_t> g_peak{0};

void note_allocation(void* pointer, std::size_t requested) {
  if (pointer == nullptr || !g_counting.load(std::memory_order_relaxed)) return;
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  g_bytes.fetch_add(requested, std::memory_order_relaxed);
  const auto live = g_live.fetch_add(static_cast<std::int64_t>(malloc_usable_size(pointer)),
                                     std::memory_order_relaxed) +
                    static_cast<std::int64_t>(malloc_usable_size(pointer));
  auto peak = g_peak.load(std::memory_order_relaxed);
  while (live > peak && !g_peak.compare_exchange_weak(peak, live, std::memory_order_relaxed)) {
  }
}

void note_release(void* pointer) {
  if (pointer == nullptr || !g_counting.load(std::memory_order_relaxed)) return;
  // Memory allocated before the window may be freed inside it: live can go below zero,
  // which is right (the peak is measured above the window's start).
  g_live.fetch_sub(static_cast<std::int64_t>(malloc_usable_size(pointer)), std::memory_order_relaxed);
}

void* allocate(std::size_t size) {
  void* pointer = std::malloc(size == 0 ? 1 : size);
  note_allocation(pointer, size);
  return pointer;
}

void* allocate_aligned(std::size_t size, std::align_val_t alignment) {
  const auto align = static_cast<std::size_t>(alignment);
  const std::size_t rounded = (size + align - 1) / align * align;
  void* pointer = std::aligned_alloc(align, rounded == 0 ? align : rounded);
  note_allocation(pointer, size);
  return pointer;
}

void release(void* pointer) {
  note_release(pointer);
  std::free(pointer);
}

}  // namespace

namespace kata::harness {

AllocationWindow::AllocationWindow() {
  g_allocations.store(0, std::memory_order_relaxed);
  g_bytes.store(0, std::memory_order_relaxed);
  g_live.store(0, std::memory_order_relaxed);
  g_peak.store(0, std::memory_order_relaxed);
  g_counting.store(true, std::memory_order_seq_cst);
}

AllocationWindow::~AllocationWindow() { finish(); }

AllocationCount AllocationWindow::finish() {
  if (open_) {
    g_counting.store(false, std::memory_order_seq_cst);
    result_ = {g_allocations.load(std::memory_order_relaxed), g_bytes.load(std::memory_order_relaxed),
               static_cast<std::uint64_t>(std::max<std::int64_t>(0, g_peak.load(std::memory_order_relaxed)))};
    open_ = false;
  }
  return result_;
}

}  // namespace kata::harness

void* operator new(std::size_t size) {
  if (void* p = allocate(size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void* operator new(std::size_t size, std::align_val_t alignment) {
  if (void* p = allocate_aligned(size, alignment)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size, std::align_val_t alignment) { return ::operator new(size, alignment); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }
