// Detector fixture: the baseline's linear search with other names, an index loop and
// std::count instead of std::find. The quadratic-search detector must still fire.
#include <algorithm>

#include "kata.hpp"

namespace kata::quadratic_dedup::solution {

std::vector<std::string> build_send_list(const Audience& in) {
  std::vector<std::string> seen_so_far;
  for (std::size_t k = 0; k < in.recipients.size(); ++k) {
    const std::string& who = in.recipients[k];
    if (std::count(seen_so_far.begin(), seen_so_far.end(), who) == 0) seen_so_far.push_back(who);
  }
  auto me = std::find(seen_so_far.begin(), seen_so_far.end(), in.sender);
  if (me != seen_so_far.end()) seen_so_far.erase(me);
  return seen_so_far;
}

}  // namespace kata::quadratic_dedup::solution
