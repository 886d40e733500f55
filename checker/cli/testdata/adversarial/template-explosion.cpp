// adversarial: template instantiations that double at every level (2^40 of them)
// expect: broken
// says: does not compile; timed out
#include <cstddef>

#include "kata.hpp"

namespace kata::string_concat::solution {
namespace {

template <std::size_t Depth, std::size_t Tag>
struct Explode {
  static constexpr std::size_t value = Explode<Depth - 1, Tag * 2>::value + Explode<Depth - 1, Tag * 2 + 1>::value;
};
template <std::size_t Tag>
struct Explode<0, Tag> {
  static constexpr std::size_t value = 1;
};

}  // namespace

std::string render_report(const std::vector<Sample>&) { return std::to_string(Explode<40, 1>::value); }

}  // namespace kata::string_concat::solution
