// Correctness: the solution must return exactly the baseline's decisions: the same batches
// held, the same first flagged transaction and bit-for-bit the same risk.
#include <gtest/gtest.h>

#include <cstdio>
#include <ostream>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::early_exit {

// How GoogleTest prints a Decision: every digit of the risk.
void PrintTo(const Decision& decision, std::ostream* out) {
  char text[120];
  std::snprintf(text, sizeof text, "{hold %s, first_flagged %d, risk %.17g}",
                decision.hold ? "true" : "false", decision.first_flagged, decision.risk);
  *out << text;
}

namespace {

std::string describe(const Decision& decision) {
  std::ostringstream out;
  PrintTo(decision, &out);
  return out.str();
}

// Succeeds when the decisions are equal; otherwise names the first batch that differs.
::testing::AssertionResult same_decisions(const std::vector<Decision>& expected,
                                          const std::vector<Decision>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t batch = 0;
  while (batch < expected.size() && batch < actual.size() && expected[batch] == actual[batch])
    ++batch;
  const auto at = [batch](const std::vector<Decision>& decisions) {
    return batch < decisions.size() ? describe(decisions[batch]) : std::string("(no decision)");
  };
  return ::testing::AssertionFailure()
         << "decisions differ at batch " << batch << "\n"
         << "  baseline: " << at(expected) << "\n"
         << "  solution: " << at(actual) << "\n"
         << "  counts:   baseline " << expected.size() << ", solution " << actual.size();
}

void expect_same(const Screening& screening) {
  EXPECT_TRUE(same_decisions(baseline::screen(screening), solution::screen(screening)));
}

Transaction ordinary() {
  Transaction t;
  t.amount_cents = 4'250;
  t.account_age_days = 2'000;
  t.merchant_category = 5411;
  t.card_country = 250;
  t.merchant_country = 250;
  t.local_hour = 14;
  t.channel = 0;
  t.attempts_last_hour = 1;
  return t;
}

Transaction card_testing() {
  Transaction t = ordinary();
  t.amount_cents = 199;
  t.account_age_days = 2;
  t.merchant_category = 7995;
  t.card_country = 643;
  t.local_hour = 3;
  t.channel = 1;
  t.attempts_last_hour = 25;
  return t;
}

Screening one_batch(std::vector<Transaction> transactions) {
  Screening screening;
  screening.model = make_model();
  screening.batches.push_back(Batch{77, std::move(transactions)});
  return screening;
}

TEST(EarlyExit, MatchesBaselineOnGeneratedScreenings) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 3u, 17u, 200u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same(make_screening(size, seed));
    }
  }
}

TEST(EarlyExit, NoBatches) {
  Screening screening = make_screening(0, 1);
  expect_same(screening);
  EXPECT_TRUE(solution::screen(screening).empty());
}

TEST(EarlyExit, EmptyBatchIsNotHeld) {
  const Screening screening = one_batch({});
  expect_same(screening);
  ASSERT_EQ(solution::screen(screening).size(), 1u);
  EXPECT_EQ(solution::screen(screening)[0], Decision{});
}

TEST(EarlyExit, CleanBatchIsNotHeld) {
  const Screening screening = one_batch(std::vector<Transaction>(1000, ordinary()));
  expect_same(screening);
  EXPECT_EQ(solution::screen(screening)[0], Decision{});
}

TEST(EarlyExit, FlaggedFirstLastAndOnly) {
  std::vector<Transaction> first(1000, ordinary());
  first[0] = card_testing();
  std::vector<Transaction> last(1000, ordinary());
  last[999] = card_testing();
  const std::vector<Transaction> only = {card_testing()};
  std::vector<Transaction> all(1000, card_testing());
  for (const auto& transactions : {first, last, only, all}) {
    const Screening screening = one_batch(transactions);
    expect_same(screening);
    EXPECT_TRUE(solution::screen(screening)[0].hold);
  }
  EXPECT_EQ(solution::screen(one_batch(last))[0].first_flagged, 999);
}

TEST(EarlyExit, SeveralFlaggedTheFirstCounts) {
  std::vector<Transaction> transactions(1000, ordinary());
  transactions[700] = card_testing();
  transactions[300] = card_testing();
  transactions[300].attempts_last_hour = 12;  // a different, lower risk than the one at 700
  transactions[301] = card_testing();
  const Screening screening = one_batch(transactions);
  expect_same(screening);
  EXPECT_EQ(solution::screen(screening)[0].first_flagged, 300);
}

TEST(EarlyExit, ThresholdIsInclusive) {
  // The first risk of every batch, taken from the baseline, used as the threshold itself.
  Screening screening = make_screening(20, 5);
  screening.hold_threshold = 0.0;
  const std::vector<Decision> everything = baseline::screen(screening);
  for (std::size_t b = 0; b < screening.batches.size(); ++b) {
    SCOPED_TRACE("threshold = the risk of batch " + std::to_string(b) + "'s first transaction");
    screening.hold_threshold = everything[b].risk;
    expect_same(screening);
  }
}

TEST(EarlyExit, ExtremeThresholds) {
  Screening screening = make_screening(30, 11);
  for (double threshold : {-1.0, 0.0, 0.5, 0.99, 0.999999, 1.0, 2.0}) {
    SCOPED_TRACE("hold_threshold " + std::to_string(threshold));
    screening.hold_threshold = threshold;
    expect_same(screening);
  }
}

TEST(EarlyExit, AnotherModel) {
  // The weights come from the model, not from the code: retrained weights, other categories.
  Screening screening = make_screening(40, 2024);
  screening.model.intercept = -7.5;
  screening.model.amount = 0.3;
  screening.model.category = {{0, 0.4}, {9999, 2.0}, {5411, 1.0}, {7995, -3.0}};
  screening.model.attempts = 0.2;
  screening.model.night = 2.5;
  screening.batches[0].transactions[5].merchant_category = 9999;
  screening.batches[1].transactions[0].merchant_category = 0;
  expect_same(screening);
  screening.model.category.clear();
  expect_same(screening);
}

TEST(EarlyExit, UnusualTransactions) {
  std::vector<Transaction> unusual(7, ordinary());
  unusual[0].amount_cents = 0;
  unusual[1].amount_cents = 9'000'000'000;  // 90 million in currency units
  unusual[2].account_age_days = 4'000'000'000u;
  unusual[3].channel = 7;  // unknown channel: no channel weight
  unusual[4].local_hour = 23;
  unusual[5].attempts_last_hour = 255;
  unusual[6].merchant_category = 9999;
  Screening screening = one_batch(unusual);
  expect_same(screening);
  // One transaction per batch and a threshold of 0: every batch is held at its only
  // transaction, so every risk is compared.
  screening.batches.clear();
  for (const Transaction& transaction : unusual) screening.batches.push_back(Batch{1, {transaction}});
  screening.hold_threshold = 0.0;
  expect_same(screening);
}

}  // namespace
}  // namespace kata::early_exit
