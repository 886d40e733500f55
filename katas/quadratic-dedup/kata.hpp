#pragma once
// quadratic-dedup: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kata/random.hpp"

namespace kata::quadratic_dedup {

// One campaign send: the audience segments the marketer ticked, already concatenated in
// priority order (VIP customers first, then recent buyers, newsletter subscribers, staff).
// Addresses arrive normalised (trimmed, lower-case) from the contacts service, so two
// entries are the same recipient exactly when the strings are equal.
struct Audience {
  std::string sender;                   // the campaign's From: address
  std::vector<std::string> recipients;  // e.g. "olivia.martinez.417@northwind-traders.com"
};

// The send list handed to the mail provider: every recipient once, in the order of first
// appearance (the provider throttles, so earlier recipients receive the mail first), and
// without the sender's own address.
namespace baseline {
std::vector<std::string> build_send_list(const Audience& audience);
}
namespace solution {
std::vector<std::string> build_send_list(const Audience& audience);
}

// The inputs the tests and the benchmark use: `count` recipients drawn from `seed`.
// Segments overlap, so about a third of the entries repeat an address seen earlier in the
// list; the sender's address turns up in most audiences (the staff segment).
inline Audience make_audience(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  static const std::vector<std::string> first_names = {
      "olivia", "liam", "emma", "noah", "amelia", "oliver", "sophia", "elijah", "isabella",
      "lucas", "mia", "mateo", "charlotte", "levi", "harper", "ethan", "evelyn", "james",
      "aurora", "henry", "chloe", "sebastian", "nora", "jack", "zoe", "samuel", "hannah",
      "daniel", "lena", "david", "ana", "tomasz", "yuki", "priya", "kwame", "ines"};
  static const std::vector<std::string> last_names = {
      "martinez", "smith", "johnson", "garcia", "brown", "kowalski", "nguyen", "dubois",
      "rossi", "tanaka", "okafor", "fischer", "silva", "andersson", "patel", "murphy",
      "novak", "lee", "schmidt", "costa", "haddad", "ivanova", "moreau", "jensen"};
  static const std::vector<std::string> domains = {
      "gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com",
      "northwind-traders.com", "contoso-group.co.uk", "fabrikam.io", "mail.adventure-works.net",
      "tailspin-toys.de"};
  const auto fresh_address = [&] {
    return rng.pick(first_names) + "." + rng.pick(last_names) + "." +
           std::to_string(rng.between(1, 9999)) + "@" + rng.pick(domains);
  };

  Audience audience;
  audience.sender = "campaigns.team@northwind-traders.com";
  audience.recipients.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0 && rng.chance(0.35)) {
      // An address an earlier segment already contributed.
      const auto earlier = static_cast<std::size_t>(rng.next() % i);
      audience.recipients.push_back(audience.recipients[earlier]);
    } else {
      audience.recipients.push_back(fresh_address());
    }
  }
  if (count > 0 && rng.chance(0.75)) {
    const auto copies = rng.between(1, 3);
    for (std::int64_t c = 0; c < copies; ++c)
      audience.recipients[static_cast<std::size_t>(rng.next() % count)] = audience.sender;
  }
  return audience;
}

}  // namespace kata::quadratic_dedup
