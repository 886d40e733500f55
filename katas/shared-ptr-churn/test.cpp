// Correctness: the solution must price every bond as the baseline does -- with both
// workers really running at once on the larger books, on the curve the book brings, and
// refusing a book without a usable curve.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::shared_ptr_churn {
namespace {

// Succeeds when the prices agree to 1e-12 (relative); otherwise names the first bond that
// differs.
::testing::AssertionResult same_prices(const std::vector<double>& expected,
                                       const std::vector<double>& actual) {
  if (expected.size() != actual.size())
    return ::testing::AssertionFailure() << "baseline priced " << expected.size()
                                         << " bonds, solution " << actual.size();
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (!(std::fabs(expected[i] - actual[i]) <= 1e-12 * std::max(1.0, std::fabs(expected[i]))))
      return ::testing::AssertionFailure()
             << "bond " << i << " of " << expected.size() << ": baseline " << expected[i]
             << ", solution " << actual[i];
  }
  return ::testing::AssertionSuccess();
}

void expect_same_as_baseline(const Book& book) {
  EXPECT_TRUE(same_prices(baseline::price_book(book), solution::price_book(book)));
}

Book book_of(std::vector<Bond> bonds, std::uint64_t curve_seed = 7) {
  return Book{make_curve(curve_seed), std::move(bonds)};
}

TEST(SharedPtrChurn, EmptyBook) {
  EXPECT_TRUE(solution::price_book(book_of({})).empty());
}

TEST(SharedPtrChurn, OneBond) {
  // One bond: one worker gets nothing to do.
  expect_same_as_baseline(book_of({Bond{1'000'000, 0.0425, 10.0, 2}}));
}

TEST(SharedPtrChurn, MatchesBaselineOnGeneratedBooks) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {2u, 3u, 10u, 333u, 5000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_as_baseline(make_book(size, seed));
    }
  }
}

TEST(SharedPtrChurn, HandComputedPrices) {
  // A flat 5% curve: a zero-coupon bond is worth notional * exp(-0.05 * maturity), and an
  // annual 5% two-year bond 50 * (exp(-0.05) + exp(-0.1)) + 1000 * exp(-0.1).
  auto flat = std::make_shared<YieldCurve>();
  flat->name = "FLAT 5%";
  flat->years = {1.0, 10.0};
  flat->zero_rates = {0.05, 0.05};
  const Book book{flat, {Bond{1000, 0.0, 3.0, 1}, Bond{1000, 0.05, 2.0, 1}}};
  const std::vector<double> expected = {1000 * std::exp(-0.15),
                                        50 * (std::exp(-0.05) + std::exp(-0.1)) + 1000 * std::exp(-0.1)};
  EXPECT_TRUE(same_prices(expected, baseline::price_book(book)));
  EXPECT_TRUE(same_prices(expected, solution::price_book(book)));
}

TEST(SharedPtrChurn, CurveEdgeCases) {
  // Payments before the first pillar, exactly on pillars, between them and after the last
  // one (flat extrapolation at both ends); a one-pillar curve; coupon schedules whose steps
  // land exactly on today; a payment a few days out.
  std::vector<Bond> bonds = {
      Bond{1000, 0.04, 0.02, 4},  Bond{1000, 0.04, 1.0 / 12, 1}, Bond{5000, 0.06, 30.0, 4},
      Bond{5000, 0.06, 50.0, 1},  Bond{2500, 0.02, 60.0, 2},     Bond{100, 0.08, 4.0, 4},
      Bond{100, 0.0, 0.75, 4},    Bond{7000, 0.03, 12.5, 2},     Bond{1e6, 0.0425, 7.3, 1}};
  expect_same_as_baseline(book_of(bonds));
  auto single = std::make_shared<YieldCurve>();
  single->name = "ONE PILLAR";
  single->years = {5.0};
  single->zero_rates = {0.031};
  expect_same_as_baseline(Book{single, bonds});
}

TEST(SharedPtrChurn, PricesOnTheBooksOwnCurve) {
  // Two books, the same bonds, different curve snapshots: every call must use its own.
  const Book book = make_book(3000, 11);
  const Book repriced{make_curve(12), book.bonds};
  const std::vector<double> first = solution::price_book(book);
  const std::vector<double> second = solution::price_book(repriced);
  EXPECT_TRUE(same_prices(baseline::price_book(book), first));
  EXPECT_TRUE(same_prices(baseline::price_book(repriced), second));
  EXPECT_NE(first, second);
}

TEST(SharedPtrChurn, LeavesTheSnapshotsOwnershipAsItWas) {
  // The run borrows the curve: when it returns, the caller's pointer is again the only
  // owner (no copy kept anywhere, every worker done with it).
  const Book book = make_book(2000, 5);
  ASSERT_EQ(book.curve.use_count(), 1);
  (void)solution::price_book(book);
  EXPECT_EQ(book.curve.use_count(), 1);
}

TEST(SharedPtrChurn, RefusesABookWithoutAUsableCurve) {
  const std::vector<Bond> bonds = {Bond{1000, 0.05, 2.0, 1}};
  EXPECT_THROW(solution::price_book(Book{nullptr, bonds}), std::invalid_argument);
  EXPECT_THROW(solution::price_book(Book{std::make_shared<YieldCurve>(), bonds}),
               std::invalid_argument);
  auto mismatched = std::make_shared<YieldCurve>();
  mismatched->years = {1.0, 2.0};
  mismatched->zero_rates = {0.03};
  EXPECT_THROW(solution::price_book(Book{mismatched, bonds}), std::invalid_argument);
  EXPECT_THROW(solution::price_book(Book{nullptr, {}}), std::invalid_argument);
}

TEST(SharedPtrChurn, BigBookWithBothWorkersBusy) {
  // Large enough that the workers run side by side for milliseconds (ThreadSanitizer sees
  // every pair of accesses).
  expect_same_as_baseline(make_book(20000, 2024));
}

}  // namespace
}  // namespace kata::shared_ptr_churn
