// Alternative without a hash set: sort, then keep the first of each run of equal addresses.
// The positions are sorted by (hash of the address, address, position): comparing two
// 8-byte hashes settles almost every comparison without touching the strings, equal
// addresses still end up next to each other, and the earliest position leads each run.
// Marking those positions and walking the input once restores the first-seen order.
// O(n log n) integer comparisons; sorting by the strings themselves works too, but every
// comparison then chases two pointers and compares long shared prefixes ("olivia.m...").
#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>

#include "kata.hpp"

namespace kata::quadratic_dedup::solution {

std::vector<std::string> build_send_list(const Audience& audience) {
  const std::vector<std::string>& recipients = audience.recipients;
  struct Entry {
    std::size_t hash;
    std::uint32_t position;
  };
  const std::hash<std::string_view> hash;
  std::vector<Entry> entries(recipients.size());
  for (std::size_t i = 0; i < recipients.size(); ++i)
    entries[i] = {hash(recipients[i]), static_cast<std::uint32_t>(i)};
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    if (a.hash != b.hash) return a.hash < b.hash;
    const int order = recipients[a.position].compare(recipients[b.position]);
    return order != 0 ? order < 0 : a.position < b.position;
  });

  std::vector<bool> keep(recipients.size(), false);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string& address = recipients[entries[i].position];
    const bool first_of_run = i == 0 || entries[i].hash != entries[i - 1].hash ||
                              address != recipients[entries[i - 1].position];
    if (first_of_run && address != audience.sender) {
      keep[entries[i].position] = true;
      ++kept;
    }
  }

  std::vector<std::string> send_list;
  send_list.reserve(kept);
  for (std::size_t i = 0; i < recipients.size(); ++i)
    if (keep[i]) send_list.push_back(recipients[i]);
  return send_list;
}

}  // namespace kata::quadratic_dedup::solution
