// e2e fixture: never returns.
#include <atomic>

#include "kata.hpp"

namespace kata::string_concat::solution {

std::string render_report(const std::vector<Sample>&) {
  std::atomic<bool> forever{true};
  while (forever.load()) {
  }
  return {};
}

}  // namespace kata::string_concat::solution
