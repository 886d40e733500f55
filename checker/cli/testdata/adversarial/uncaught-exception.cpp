// adversarial: throws out of the entry function
// expect: broken
// says: throws; too many samples
#include <stdexcept>

#include "kata.hpp"

namespace kata::string_concat::solution {

std::string render_report(const std::vector<Sample>& samples) {
  if (!samples.empty()) throw std::length_error("too many samples for the report buffer");
  return "host,metric,value,timestamp\n";
}

}  // namespace kata::string_concat::solution
