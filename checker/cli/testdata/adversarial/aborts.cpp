// adversarial: calls std::abort() (a failed assertion in release code does the same)
// expect: broken
// says: crashed; SIGABRT
#include <cstdlib>

#include "kata.hpp"

namespace kata::string_concat::solution {

std::string render_report(const std::vector<Sample>& samples) {
  if (!samples.empty()) std::abort();
  return "host,metric,value,timestamp\n";
}

}  // namespace kata::string_concat::solution
