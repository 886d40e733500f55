// adversarial: includes an endless file, so a careless compiler reads forever
// expect: broken
// says: does not compile
#include </dev/zero>

#include "kata.hpp"

namespace kata::string_concat::solution {

std::string render_report(const std::vector<Sample>&) { return {}; }

}  // namespace kata::string_concat::solution
