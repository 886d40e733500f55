// A real step, not the whole way: a std::set of the addresses taken so far replaces the
// scan, so the algorithm is O(n log n). But every insert allocates a tree node and copies
// the string into it, and every lookup chases ~log2(n) pointers through nodes scattered
// over the heap, comparing long strings that share their first characters at each level.
#include <algorithm>
#include <set>

#include "kata.hpp"

namespace kata::quadratic_dedup::solution {

namespace {

void drop_sender(std::vector<std::string>& send_list, const std::string& sender) {
  const auto position = std::find(send_list.begin(), send_list.end(), sender);
  if (position != send_list.end()) send_list.erase(position);
}

}  // namespace

std::vector<std::string> build_send_list(const Audience& audience) {
  std::set<std::string> seen;
  std::vector<std::string> send_list;
  for (const std::string& address : audience.recipients) {
    if (seen.insert(address).second) send_list.push_back(address);
  }
  drop_sender(send_list, audience.sender);
  return send_list;
}

}  // namespace kata::quadratic_dedup::solution
