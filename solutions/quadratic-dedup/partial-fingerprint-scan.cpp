// A faster scan is still a scan: compare 8-byte hashes of the addresses kept so far before
// comparing strings, so each step of the search is one load from a dense array instead of
// a string comparison. The constant drops several-fold, but every recipient still looks
// through everything kept before it: O(n^2), and the gap to a hash set grows with n.
#include <algorithm>
#include <functional>
#include <string_view>

#include "kata.hpp"

namespace kata::quadratic_dedup::solution {

namespace {

void drop_sender(std::vector<std::string>& send_list, const std::string& sender) {
  const auto position = std::find(send_list.begin(), send_list.end(), sender);
  if (position != send_list.end()) send_list.erase(position);
}

}  // namespace

std::vector<std::string> build_send_list(const Audience& audience) {
  std::vector<std::string> send_list;
  std::vector<std::size_t> fingerprints;
  const std::hash<std::string_view> hash;
  for (const std::string& address : audience.recipients) {
    const std::size_t fingerprint = hash(address);
    bool seen = false;
    for (auto it = std::find(fingerprints.begin(), fingerprints.end(), fingerprint);
         it != fingerprints.end(); it = std::find(it + 1, fingerprints.end(), fingerprint)) {
      if (send_list[static_cast<std::size_t>(it - fingerprints.begin())] == address) {
        seen = true;
        break;
      }
    }
    if (!seen) {
      send_list.push_back(address);
      fingerprints.push_back(fingerprint);
    }
  }
  drop_sender(send_list, audience.sender);
  return send_list;
}

}  // namespace kata::quadratic_dedup::solution
