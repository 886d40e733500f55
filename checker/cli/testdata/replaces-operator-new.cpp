// e2e fixture: a correct solution that replaces the global allocator to hide allocations.
#include <cstdlib>
#include <new>

#include "kata.hpp"

void* operator new(std::size_t size) {
  if (void* p = std::malloc(size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace kata::string_concat::solution {

std::string render_report(const std::vector<Sample>& samples) {
  return baseline::render_report(samples);
}

}  // namespace kata::string_concat::solution
