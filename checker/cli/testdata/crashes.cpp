// e2e fixture: dereferences a null pointer on every call.
#include "kata.hpp"

namespace kata::string_concat::solution {

std::string render_report(const std::vector<Sample>& samples) {
  const Sample* volatile nothing = samples.empty() ? nullptr : nullptr;
  return nothing->host;
}

}  // namespace kata::string_concat::solution
