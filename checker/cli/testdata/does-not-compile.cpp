// e2e fixture: a typo the compiler rejects.
#include "kata.hpp"

namespace kata::string_concat::solution {

std::string render_report(const std::vector<Sample>& samples) {
  strin report;
  return report;
}

}  // namespace kata::string_concat::solution
