// adversarial: a static_assert that fails (compile-time refusal)
// expect: broken
// says: does not compile; static-assert.cpp:10
#include <string>

#include "kata.hpp"

namespace kata::string_concat::solution {

static_assert(sizeof(Sample) == 1, "a learner's static_assert that cannot hold");

std::string render_report(const std::vector<Sample>&) { return {}; }

}  // namespace kata::string_concat::solution
