// The send-list builder as first written: each recipient is looked up in the list so far
// before it is added. Never edited: the checker measures your solution against it.
#include <algorithm>

#include "kata.hpp"

namespace kata::quadratic_dedup::baseline {

namespace {

// The sender should not receive their own campaign. Runs once per send list.
void drop_sender(std::vector<std::string>& send_list, const std::string& sender) {
  const auto position = std::find(send_list.begin(), send_list.end(), sender);
  if (position != send_list.end()) send_list.erase(position);
}

}  // namespace

std::vector<std::string> build_send_list(const Audience& audience) {
  std::vector<std::string> send_list;
  for (const std::string& address : audience.recipients) {
    if (std::find(send_list.begin(), send_list.end(), address) == send_list.end())
      send_list.push_back(address);
  }
  drop_sender(send_list, audience.sender);
  return send_list;
}

}  // namespace kata::quadratic_dedup::baseline
