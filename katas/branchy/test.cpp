// Correctness: the solution must select exactly the baseline's amounts, in booking order.
#include <gtest/gtest.h>

#include <limits>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::branchy {
namespace {

using Amounts = std::vector<std::int32_t>;

// Succeeds when the selections are equal; otherwise names the first place they differ.
::testing::AssertionResult same_selection(const Amounts& expected, const Amounts& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t index = 0;
  while (index < expected.size() && index < actual.size() && expected[index] == actual[index])
    ++index;
  const auto at = [index](const Amounts& amounts) {
    return index < amounts.size() ? std::to_string(amounts[index]) : std::string("(end)");
  };
  std::ostringstream message;
  message << "selections differ at position " << index << "\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  lengths:  baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

void expect_same_as_baseline(const AmountColumn& column) {
  EXPECT_TRUE(same_selection(baseline::amounts_above(column), solution::amounts_above(column)));
}

TEST(Branchy, MatchesBaselineOnGeneratedColumns) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 3u, 7u, 8u, 9u, 16u, 17u, 100u, 4097u, 250000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_as_baseline(make_column(size, seed));
    }
  }
}

TEST(Branchy, AboutHalfIsSelected) {
  // The generator's promise the benchmark relies on: a coin flip per payment.
  const AmountColumn column = make_column(100000, 7);
  const std::size_t selected = baseline::amounts_above(column).size();
  EXPECT_GT(selected, 45000u);
  EXPECT_LT(selected, 55000u);
}

TEST(Branchy, EmptyColumn) {
  EXPECT_TRUE(solution::amounts_above(AmountColumn{{}, 10'000}).empty());
}

TEST(Branchy, ExactSelectionInBookingOrder) {
  const AmountColumn column{{12'000, 500, 10'001, -25'000, 99'999, 10'000, 3, 1'000'000}, 10'000};
  const Amounts expected = {12'000, 10'001, 99'999, 1'000'000};
  EXPECT_TRUE(same_selection(expected, baseline::amounts_above(column)));
  EXPECT_TRUE(same_selection(expected, solution::amounts_above(column)));
}

TEST(Branchy, AmountEqualToTheBoundIsNotSelected) {
  const AmountColumn column{Amounts(1000, 10'000), 10'000};
  EXPECT_TRUE(solution::amounts_above(column).empty());
  AmountColumn mixed{{}, 10'000};
  for (int i = 0; i < 1000; ++i) mixed.amount_cents.push_back(9'999 + i % 3);  // 9999, 10000, 10001
  expect_same_as_baseline(mixed);
}

TEST(Branchy, EverythingOrNothingSelected) {
  const AmountColumn column = make_column(5000, 11);
  expect_same_as_baseline(AmountColumn{column.amount_cents, -2'000'000});  // every amount
  expect_same_as_baseline(AmountColumn{column.amount_cents, 2'000'000});   // none
  EXPECT_EQ(solution::amounts_above(AmountColumn{column.amount_cents, -2'000'000}).size(),
            column.amount_cents.size());
  EXPECT_TRUE(solution::amounts_above(AmountColumn{column.amount_cents, 2'000'000}).empty());
}

TEST(Branchy, FirstAndLastPayment) {
  // Only the first, only the last, all but the last, all but the first.
  for (const Amounts& amounts : {Amounts{20'000, 1, 1, 1, 1}, Amounts{1, 1, 1, 1, 20'000},
                                 Amounts{20'000, 20'000, 20'000, 20'000, 1},
                                 Amounts{1, 20'000, 20'000, 20'000, 20'000}, Amounts{20'000},
                                 Amounts{1}}) {
    SCOPED_TRACE("payments: " + std::to_string(amounts.size()));
    expect_same_as_baseline(AmountColumn{amounts, 10'000});
  }
}

TEST(Branchy, RefundsAndNegativeBounds) {
  // A bound below zero selects the small refunds and every payment.
  AmountColumn column = make_column(20000, 13);
  for (std::int32_t& amount : column.amount_cents) amount = amount % 3 == 0 ? -amount : amount;
  for (std::int32_t bound : {-500'000, -10'000, -1, 0, 1}) {
    SCOPED_TRACE("bound: " + std::to_string(bound));
    column.threshold_cents = bound;
    expect_same_as_baseline(column);
  }
}

TEST(Branchy, ExtremeValues) {
  constexpr std::int32_t lowest = std::numeric_limits<std::int32_t>::min();
  constexpr std::int32_t highest = std::numeric_limits<std::int32_t>::max();
  const Amounts amounts = {lowest, highest, 0, -1, 1, highest - 1, lowest + 1, highest, lowest};
  for (std::int32_t bound : {lowest, lowest + 1, -1, 0, highest - 1, highest}) {
    SCOPED_TRACE("bound: " + std::to_string(bound));
    expect_same_as_baseline(AmountColumn{amounts, bound});
  }
}

TEST(Branchy, SortedAndAlternatingColumns) {
  // Patterns a branch predictor learns: the selection must not depend on the pattern.
  AmountColumn ascending{{}, 10'000};
  AmountColumn alternating{{}, 10'000};
  for (std::int32_t i = 0; i < 20000; ++i) {
    ascending.amount_cents.push_back(i);
    alternating.amount_cents.push_back(i % 2 == 0 ? 20'000 + i : 5'000 - i);
  }
  expect_same_as_baseline(ascending);
  expect_same_as_baseline(alternating);
}

}  // namespace
}  // namespace kata::branchy
