// Reference: remember the addresses already taken in a hash set, so "seen before?" costs
// one hash and (usually) one string comparison instead of a scan of the whole list so far:
// O(n) expected instead of O(n^2). The set holds string_views into the input (no copies),
// and both containers are sized once up front, so nothing rehashes or regrows in the loop.
#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "kata.hpp"

namespace kata::quadratic_dedup::solution {

namespace {

// Cold path (once per send list): left as it was.
void drop_sender(std::vector<std::string>& send_list, const std::string& sender) {
  const auto position = std::find(send_list.begin(), send_list.end(), sender);
  if (position != send_list.end()) send_list.erase(position);
}

}  // namespace

std::vector<std::string> build_send_list(const Audience& audience) {
  const std::vector<std::string>& recipients = audience.recipients;
  std::unordered_set<std::string_view> seen;
  seen.reserve(recipients.size());
  std::vector<std::string> send_list;
  send_list.reserve(recipients.size());
  for (const std::string& address : recipients) {
    if (seen.insert(address).second) send_list.push_back(address);
  }
  drop_sender(send_list, audience.sender);
  return send_list;
}

}  // namespace kata::quadratic_dedup::solution
