// Correctness: the solution must return exactly the baseline's send list, in its order.
#include <gtest/gtest.h>

#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::quadratic_dedup {
namespace {

// Succeeds when the lists are equal; otherwise names the first position that differs.
::testing::AssertionResult same_list(const std::vector<std::string>& expected,
                                     const std::vector<std::string>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t index = 0;
  while (index < expected.size() && index < actual.size() && expected[index] == actual[index])
    ++index;
  const auto at = [index](const std::vector<std::string>& list) {
    return index < list.size() ? "\"" + list[index] + "\"" : std::string("(end of list)");
  };
  std::ostringstream message;
  message << "send lists differ at position " << index << "\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  lengths:  baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

std::vector<std::string> expected_for(const Audience& audience) {
  return baseline::build_send_list(audience);
}

TEST(QuadraticDedup, MatchesBaselineOnGeneratedAudiences) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 3u, 17u, 500u, 5000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      const Audience audience = make_audience(size, seed);
      EXPECT_TRUE(same_list(expected_for(audience), solution::build_send_list(audience)));
    }
  }
}

TEST(QuadraticDedup, EmptyAudience) {
  const Audience audience{"campaigns.team@northwind-traders.com", {}};
  EXPECT_TRUE(same_list(expected_for(audience), solution::build_send_list(audience)));
  EXPECT_TRUE(solution::build_send_list(audience).empty());
}

TEST(QuadraticDedup, OneRecipient) {
  const Audience audience{"campaigns.team@northwind-traders.com",
                          {"olivia.martinez.417@northwind-traders.com"}};
  EXPECT_TRUE(same_list(expected_for(audience), solution::build_send_list(audience)));
}

TEST(QuadraticDedup, OnlyTheSender) {
  const std::string sender = "campaigns.team@northwind-traders.com";
  EXPECT_TRUE(same_list({}, solution::build_send_list(Audience{sender, {sender}})));
  EXPECT_TRUE(same_list({}, solution::build_send_list(Audience{sender, {sender, sender, sender}})));
}

TEST(QuadraticDedup, SameAddressRepeated) {
  const Audience audience{"campaigns.team@northwind-traders.com",
                          std::vector<std::string>(1000, "liam.nguyen.12@contoso-group.co.uk")};
  EXPECT_TRUE(same_list(expected_for(audience), solution::build_send_list(audience)));
}

TEST(QuadraticDedup, AllDistinctKeepInputOrder) {
  Audience audience{"campaigns.team@northwind-traders.com", {}};
  for (int i = 999; i >= 0; --i)
    audience.recipients.push_back("subscriber." + std::to_string(i) + "@fabrikam.io");
  EXPECT_TRUE(same_list(expected_for(audience), solution::build_send_list(audience)));
}

TEST(QuadraticDedup, FirstAppearanceDecidesTheOrder) {
  const Audience audience{
      "campaigns.team@northwind-traders.com",
      {"b.recipient.000002@fabrikam.io", "a.recipient.000001@fabrikam.io",
       "campaigns.team@northwind-traders.com", "b.recipient.000002@fabrikam.io",
       "c.recipient.000003@fabrikam.io", "a.recipient.000001@fabrikam.io",
       "campaigns.team@northwind-traders.com", "c.recipient.000003@fabrikam.io"}};
  const std::vector<std::string> expected = {"b.recipient.000002@fabrikam.io",
                                             "a.recipient.000001@fabrikam.io",
                                             "c.recipient.000003@fabrikam.io"};
  EXPECT_TRUE(same_list(expected, expected_for(audience)));
  EXPECT_TRUE(same_list(expected, solution::build_send_list(audience)));
}

TEST(QuadraticDedup, NearlyEqualAddressesAreDifferentRecipients) {
  // Exact comparison: case, a trailing character or an embedded NUL make a different entry.
  const std::string long_prefix(200, 'x');
  const Audience audience{
      "campaigns.team@northwind-traders.com",
      {"Olivia.Martinez.417@northwind-traders.com", "olivia.martinez.417@northwind-traders.com",
       "olivia.martinez.417@northwind-traders.com ", long_prefix + "a@example.com",
       long_prefix + "b@example.com", long_prefix + "a@example.com",
       std::string("with\0nul@example.com", 20), std::string("with\0nul@example.com", 20),
       "with", "", "", "campaigns.team@northwind-traders.co"}};
  EXPECT_TRUE(same_list(expected_for(audience), solution::build_send_list(audience)));
}

TEST(QuadraticDedup, EmptySenderAndEmptyAddresses) {
  const Audience audience{"", {"", "ana.lee.1@gmail.com", "", "ana.lee.1@gmail.com"}};
  EXPECT_TRUE(same_list(expected_for(audience), solution::build_send_list(audience)));
}

TEST(QuadraticDedup, SenderAbsent) {
  Audience audience = make_audience(300, 7);
  std::erase(audience.recipients, audience.sender);
  EXPECT_TRUE(same_list(expected_for(audience), solution::build_send_list(audience)));
}

}  // namespace
}  // namespace kata::quadratic_dedup
