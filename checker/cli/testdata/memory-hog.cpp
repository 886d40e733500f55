// e2e fixture: asks for 64 GiB and touches it; the grading limits must stop it, not the machine.
#include <cstring>
#include <memory>

#include "kata.hpp"

namespace kata::string_concat::solution {

std::string render_report(const std::vector<Sample>&) {
  const std::size_t size = std::size_t{64} << 30;
  auto block = std::make_unique<char[]>(size);
  for (std::size_t i = 0; i < size; i += 4096) block[i] = 1;
  return std::string(block.get(), 1);
}

}  // namespace kata::string_concat::solution
