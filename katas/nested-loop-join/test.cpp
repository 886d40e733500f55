// Correctness: the solution must return exactly the baseline's statements, in its order.
#include <gtest/gtest.h>

#include <limits>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::nested_loop_join {
namespace {

std::string describe(const Statement& statement) {
  std::ostringstream text;
  text << "{customer " << statement.customer_id << ", tier " << static_cast<int>(statement.tier)
       << ", orders " << statement.order_count << ", gross " << statement.gross_cents
       << ", discount " << statement.discount_cents << ", last order at "
       << statement.last_order_at << "}";
  return text.str();
}

// Succeeds when the statement lists are equal; otherwise names the first one that differs.
::testing::AssertionResult same_statements(const std::vector<Statement>& expected,
                                           const std::vector<Statement>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t index = 0;
  while (index < expected.size() && index < actual.size() && expected[index] == actual[index])
    ++index;
  const auto at = [index](const std::vector<Statement>& statements) {
    return index < statements.size() ? describe(statements[index]) : std::string("(end of list)");
  };
  std::ostringstream message;
  message << "statements differ at position " << index << "\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  lengths:  baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

void expect_same_as_baseline(const Tables& tables) {
  EXPECT_TRUE(same_statements(baseline::build_statements(tables),
                              solution::build_statements(tables)));
}

Customer customer(std::uint64_t id, Tier tier, std::string email = "someone@example.com") {
  return Customer{id, "Some Customer", std::move(email), "DE", tier};
}

TEST(NestedLoopJoin, MatchesBaselineOnGeneratedTables) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 3u, 17u, 100u, 2000u, 8000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_as_baseline(make_tables(size, seed));
    }
  }
}

TEST(NestedLoopJoin, EmptyTables) {
  EXPECT_TRUE(solution::build_statements(Tables{}).empty());
  Tables no_orders = make_tables(500, 7);
  no_orders.orders.clear();
  EXPECT_TRUE(solution::build_statements(no_orders).empty());
  Tables no_customers = make_tables(500, 7);
  no_customers.customers.clear();
  EXPECT_TRUE(solution::build_statements(no_customers).empty());
}

TEST(NestedLoopJoin, OneOrderOneCustomer) {
  const Tables tables{{customer(42, Tier::silver)}, {{9001, 42, 12'345, 1'718'000'000}}};
  const std::vector<Statement> expected = {{42, Tier::silver, 1, 12'345, 617, 1'718'000'000}};
  EXPECT_TRUE(same_statements(expected, baseline::build_statements(tables)));
  EXPECT_TRUE(same_statements(expected, solution::build_statements(tables)));
}

TEST(NestedLoopJoin, StatementsFollowTheCustomersTableAndSkipErasedAccounts) {
  const Tables tables{{customer(30, Tier::standard), customer(10, Tier::gold),
                       customer(20, Tier::silver)},
                      {{1, 20, 1000, 100}, {2, 99, 500, 101}, {3, 10, 999, 102},
                       {4, 20, 2001, 103}, {5, 98, 700, 104}, {6, 10, 1, 105}}};
  // Customer 30 ordered nothing; 98 and 99 are erased accounts.
  const std::vector<Statement> expected = {{10, Tier::gold, 2, 1000, 99, 105},
                                           {20, Tier::silver, 2, 3001, 150, 103}};
  EXPECT_TRUE(same_statements(expected, baseline::build_statements(tables)));
  EXPECT_TRUE(same_statements(expected, solution::build_statements(tables)));
}

TEST(NestedLoopJoin, DiscountIsRoundedPerOrder) {
  // 5% of 19 is 0.95 -> 0 per order; 5% of the total 38 would be 1.
  const Tables tables{{customer(7, Tier::silver)}, {{1, 7, 19, 0}, {2, 7, 19, 1}}};
  const std::vector<Statement> expected = {{7, Tier::silver, 2, 38, 0, 1}};
  EXPECT_TRUE(same_statements(expected, solution::build_statements(tables)));
}

TEST(NestedLoopJoin, QaOrdersCountForNobodyWhereverTheAccountSits) {
  for (std::size_t qa_at = 0; qa_at < 4; ++qa_at) {
    SCOPED_TRACE("QA account at position " + std::to_string(qa_at));
    std::vector<Customer> customers = {customer(5, Tier::standard), customer(6, Tier::silver),
                                       customer(7, Tier::gold)};
    customers.insert(customers.begin() + static_cast<std::ptrdiff_t>(qa_at),
                     customer(8, Tier::gold, qa_account_email));
    const Tables tables{customers,
                        {{1, 8, 100, 0}, {2, 5, 200, 1}, {3, 8, 300, 2}, {4, 7, 400, 3},
                         {5, 6, 500, 4}, {6, 8, 600, 5}}};
    const std::vector<Statement> expected = {{5, Tier::standard, 1, 200, 0, 1},
                                             {6, Tier::silver, 1, 500, 25, 4},
                                             {7, Tier::gold, 1, 400, 40, 3}};
    EXPECT_TRUE(same_statements(expected, baseline::build_statements(tables)));
    EXPECT_TRUE(same_statements(expected, solution::build_statements(tables)));
  }
}

TEST(NestedLoopJoin, OnlyQaOrders) {
  const Tables tables{{customer(8, Tier::gold, qa_account_email), customer(9, Tier::gold)},
                      {{1, 8, 100, 0}, {2, 8, 200, 0}}};
  EXPECT_TRUE(solution::build_statements(tables).empty());
}

TEST(NestedLoopJoin, ManyOrdersOfFewCustomers) {
  Tables tables{{customer(77, Tier::silver), customer(78, Tier::standard),
                 customer(79, Tier::gold)},
                {}};
  for (std::uint64_t i = 0; i < 3000; ++i)
    tables.orders.push_back({5000 - i, i % 7 == 0 ? 78u : 77u, static_cast<std::int64_t>(i) * 3,
                             static_cast<std::int64_t>((i * 7919) % 4001)});
  expect_same_as_baseline(tables);
}

TEST(NestedLoopJoin, ExtremeIdsAndAmounts) {
  constexpr std::uint64_t max_id = std::numeric_limits<std::uint64_t>::max();
  constexpr std::int64_t big = std::numeric_limits<std::int64_t>::max() / 16;
  const Tables tables{{customer(0, Tier::gold), customer(max_id, Tier::silver),
                       customer(max_id - 1, Tier::standard), customer(1u << 31, Tier::gold)},
                      {{0, max_id, big, 0},
                       {1, 0, -12'345, 0},  // a refund: a negative amount
                       {2, max_id - 1, 0, 1},
                       {3, max_id - 2, 100, 2},
                       {max_id, 1u << 31, 1, 3},
                       {4, 0, 12'000, 4}}};
  expect_same_as_baseline(tables);
}

TEST(NestedLoopJoin, IdsThatCollideInSmallTables) {
  // Ids equal modulo small powers of two and primes: a sloppy hash must still tell them apart.
  Tables tables;
  for (std::uint64_t k = 1; k <= 64; ++k)
    tables.customers.push_back(customer(k << 32, k % 3 == 0 ? Tier::gold : Tier::standard));
  for (std::uint64_t k = 1; k <= 64; ++k)
    tables.customers.push_back(customer(k * 1'000'003, Tier::silver));
  for (std::uint64_t i = 0; i < 1000; ++i) {
    const std::uint64_t k = i % 70 + 1;
    const std::uint64_t customer_id = i % 2 == 0 ? k << 32 : k * 1'000'003;
    tables.orders.push_back({i, customer_id, 1000 + static_cast<std::int64_t>(i), 0});
  }
  expect_same_as_baseline(tables);
}

}  // namespace
}  // namespace kata::nested_loop_join
