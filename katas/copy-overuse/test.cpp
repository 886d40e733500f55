// Correctness: the solution must compute exactly the baseline's totals.
#include <gtest/gtest.h>

#include <limits>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::copy_overuse {
namespace {

std::string describe(const CheckoutTotals& t) {
  std::ostringstream out;
  out << "{orders " << t.orders << ", staff_orders " << t.staff_orders << ", free_shipping "
      << t.free_shipping << ", discounted " << t.discounted << ", discount_cents "
      << t.discount_cents << ", revenue_cents " << t.revenue_cents << "}";
  return out.str();
}

::testing::AssertionResult same_totals(const CheckoutTotals& expected, const CheckoutTotals& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "totals differ\n  baseline: " << describe(expected)
                                       << "\n  solution: " << describe(actual);
}

::testing::AssertionResult matches_baseline(const CheckoutBatch& batch) {
  return same_totals(baseline::apply_promotions(batch), solution::apply_promotions(batch));
}

Customer customer(std::uint32_t id, std::string email, std::string country,
                  std::vector<std::string> tags) {
  Customer c;
  c.id = id;
  c.name = "Test Customer Number " + std::to_string(id);
  c.email = std::move(email);
  c.street = "1 Long Enough Street Name";
  c.city = "Frankfurt am Main";
  c.country = std::move(country);
  c.tags = std::move(tags);
  return c;
}

TEST(CopyOveruse, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 3u, 17u, 500u, 5000u, 40000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(matches_baseline(make_batch(size, seed)));
    }
  }
}

TEST(CopyOveruse, NoOrders) {
  CheckoutBatch batch = make_batch(0, 1);
  EXPECT_TRUE(matches_baseline(batch));
  EXPECT_TRUE(same_totals(CheckoutTotals{}, solution::apply_promotions(batch)));
  EXPECT_TRUE(same_totals(CheckoutTotals{}, solution::apply_promotions(CheckoutBatch{})));
}

TEST(CopyOveruse, HandComputedOrders) {
  CheckoutBatch batch;
  batch.customers = {
      customer(0, "olivia.martinez.417@fabrikam-mail.com", "DE", {"newsletter-subscriber"}),
      customer(1, "kwame.okafor.12@outlook.com", "FR", {"loyalty-gold-member"}),
      customer(2, "ingrid.jensen.9@northwind-traders.com", "DE", {"friends-and-family-2024"}),
      customer(3, "mateo.rossi.77@proton.me", "IT",
               {"loyalty-gold-member", "friends-and-family-2024", "loyalty-platinum-member"}),
  };
  batch.orders = {
      {0, 2900},  // DE at the domestic threshold: free shipping, no discount
      {0, 2899},  // DE just under it
      {1, 4999},  // FR under 50.00: pays shipping; gold: 5% of 4999 = 249
      {1, 5000},  // FR at 50.00: free shipping; 5% = 250
      {2, 9999},  // staff
      {3, 1000},  // the best tag wins (20%), not the first: 200
  };
  CheckoutTotals expected;
  expected.orders = 5;
  expected.staff_orders = 1;
  expected.free_shipping = 2;
  expected.discounted = 3;
  expected.discount_cents = 249 + 250 + 200;
  expected.revenue_cents = 2900 + 2899 + 4999 + 5000 + 1000 - expected.discount_cents;
  EXPECT_TRUE(same_totals(expected, baseline::apply_promotions(batch)));
  EXPECT_TRUE(same_totals(expected, solution::apply_promotions(batch)));
}

TEST(CopyOveruse, NearMissesAreNotMatches) {
  CheckoutBatch batch;
  batch.customers = {
      customer(0, "a.b.1@mail.northwind-traders.com", "DE", {"loyalty-gold-member "}),
      customer(1, "a.b.2@northwind-traders.com.evil.example", "de", {"Loyalty-Platinum-Member"}),
      customer(2, "northwind-traders.co.uk", "DEU", {"friends-and-family-2023"}),
      customer(3, "x@northwind-traders.co.uk", "DE", {}),
      customer(4, "no-tags-at-all.customer@gmail.com", "DE", {}),
  };
  for (std::uint32_t id = 0; id < 5; ++id)
    for (std::uint32_t amount : {100u, 2899u, 2900u, 4999u, 5000u}) batch.orders.push_back({id, amount});
  EXPECT_TRUE(matches_baseline(batch));
  EXPECT_EQ(solution::apply_promotions(batch).staff_orders, 5u);
  EXPECT_EQ(solution::apply_promotions(batch).discounted, 0u);
}

TEST(CopyOveruse, OnlyStaffOrders) {
  CheckoutBatch batch;
  batch.customers = {customer(0, "ingrid.jensen.9@northwind-traders.com", "DE", {"loyalty-gold-member"})};
  batch.orders.assign(1000, Order{0, 12345});
  EXPECT_TRUE(matches_baseline(batch));
  EXPECT_EQ(solution::apply_promotions(batch).staff_orders, 1000u);
}

TEST(CopyOveruse, LargeAmountsAndManyTags) {
  CheckoutBatch batch;
  std::vector<std::string> many(200, "returned-item-last-90-days");
  many.push_back("loyalty-platinum-member");
  batch.customers = {customer(0, "bulk.buyer.1@contoso-group.co.uk", "GB", many),
                     customer(1, "small.buyer.2@gmail.com", "DE", {"friends-and-family-2024"})};
  batch.orders = {{0, std::numeric_limits<std::uint32_t>::max()}, {1, 0}, {1, 1}, {1, 4}, {1, 5},
                  {0, 9}, {0, 10}};
  EXPECT_TRUE(matches_baseline(batch));
}

TEST(CopyOveruse, SameCustomerEveryTime) {
  CheckoutBatch batch = make_batch(5000, 2024);
  for (Order& order : batch.orders) order.customer = 999;
  EXPECT_TRUE(matches_baseline(batch));
}

}  // namespace
}  // namespace kata::copy_overuse
