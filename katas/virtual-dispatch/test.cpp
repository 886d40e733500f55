// Correctness: the solution must value the book exactly as the baseline does, in every
// scenario, in the scenarios' order.
#include <gtest/gtest.h>

#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::virtual_dispatch {
namespace {

// Succeeds when the values are equal; otherwise names the first scenario that differs.
::testing::AssertionResult same_values(const std::vector<double>& expected,
                                       const std::vector<double>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t scenario = 0;
  while (scenario < expected.size() && scenario < actual.size() &&
         expected[scenario] == actual[scenario])
    ++scenario;
  const auto at = [scenario](const std::vector<double>& values) {
    if (scenario >= values.size()) return std::string("(no value)");
    std::ostringstream text;
    text.precision(17);
    text << values[scenario];
    return text.str();
  };
  std::ostringstream message;
  message << "values differ in scenario " << scenario << "\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  scenarios: baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

::testing::AssertionResult same_as_baseline(const StressRun& run) {
  return same_values(baseline::revalue_book(run), solution::revalue_book(run));
}

Trade trade(PayoffKind kind, double quantity, double strike, double cash = 0) {
  return Trade{kind, quantity, strike, cash};
}

constexpr PayoffKind all_kinds[] = {PayoffKind::forward, PayoffKind::call, PayoffKind::put,
                                    PayoffKind::digital_call, PayoffKind::digital_put};

TEST(VirtualDispatch, MatchesBaselineOnGeneratedRuns) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {0u, 1u, 2u, 7u, 100u, 3000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(same_as_baseline(make_stress_run(size, seed)));
    }
  }
}

TEST(VirtualDispatch, ExactValues) {
  const StressRun run{{trade(PayoffKind::forward, 2, 5000.25),
                       trade(PayoffKind::call, -3, 5100),
                       trade(PayoffKind::put, 5, 4900),
                       trade(PayoffKind::digital_call, 4, 5050, 100),
                       trade(PayoffKind::digital_put, -1, 4950, 250)},
                      {5000, 5200, 4800, 5050, 4950}};
  // level 5000: forward 2 * -0.25; nothing else in the money.
  // level 5200: forward 2 * 199.75; call -3 * 100; digital call 4 * 100.
  // level 4800: forward 2 * -200.25; put 5 * 100; digital put -1 * 250.
  // level 5050 and 4950: on the digitals' strikes, which pay only strictly beyond them.
  const std::vector<double> expected = {-0.5, 499.5, -150.5, 99.5, -100.5};
  EXPECT_TRUE(same_values(expected, baseline::revalue_book(run)));
  EXPECT_TRUE(same_values(expected, solution::revalue_book(run)));
}

TEST(VirtualDispatch, LevelsOnTheStrikes) {
  // Every payoff struck exactly where the scenarios put the index, and a quarter point
  // either side: the digitals pay only strictly beyond their strike.
  StressRun run;
  for (PayoffKind kind : all_kinds) run.trades.push_back(trade(kind, 7, 5000, 50));
  run.levels = {5000, 5000.25, 4999.75, 5000};
  EXPECT_TRUE(same_as_baseline(run));
}

TEST(VirtualDispatch, EmptyBookIsWorthNothing) {
  const StressRun run{{}, {4000, 5000, 6000}};
  EXPECT_TRUE(same_values({0.0, 0.0, 0.0}, solution::revalue_book(run)));
}

TEST(VirtualDispatch, NoScenarios) {
  StressRun run = make_stress_run(500, 3);
  run.levels.clear();
  EXPECT_TRUE(solution::revalue_book(run).empty());
}

TEST(VirtualDispatch, BooksOfOneKind) {
  for (PayoffKind kind : all_kinds) {
    SCOPED_TRACE("kind " + std::to_string(static_cast<int>(kind)));
    StressRun run = make_stress_run(2000, 11);
    for (Trade& t : run.trades) {
      t.kind = kind;
      t.cash = 75;
    }
    EXPECT_TRUE(same_as_baseline(run));
  }
}

TEST(VirtualDispatch, BooksMissingOneKind) {
  for (PayoffKind missing : all_kinds) {
    SCOPED_TRACE("without kind " + std::to_string(static_cast<int>(missing)));
    StressRun run = make_stress_run(2000, 12);
    std::erase_if(run.trades, [missing](const Trade& t) { return t.kind == missing; });
    EXPECT_TRUE(same_as_baseline(run));
  }
}

TEST(VirtualDispatch, CrashAndMeltUp) {
  // Scenarios far outside the generator's range: every put or every call deep in the money,
  // and the index at zero.
  StressRun run = make_stress_run(4000, 21);
  run.levels = {0, 0.25, 1000, 2500.5, 9000, 12000.75, 20000};
  EXPECT_TRUE(same_as_baseline(run));
}

TEST(VirtualDispatch, ShortAndZeroQuantities) {
  StressRun run = make_stress_run(3000, 31);
  for (std::size_t i = 0; i < run.trades.size(); ++i) {
    if (i % 3 == 0) run.trades[i].quantity = -run.trades[i].quantity;
    if (i % 7 == 0) run.trades[i].quantity = 0;
  }
  EXPECT_TRUE(same_as_baseline(run));
}

TEST(VirtualDispatch, SortedAndGroupedBooks) {
  // The same trades booked in other orders: grouped by kind, and by strike.
  StressRun run = make_stress_run(3000, 41);
  const StressRun booked = run;
  std::stable_sort(run.trades.begin(), run.trades.end(),
                   [](const Trade& a, const Trade& b) { return a.kind < b.kind; });
  EXPECT_TRUE(same_as_baseline(run));
  std::sort(run.trades.begin(), run.trades.end(),
            [](const Trade& a, const Trade& b) { return a.strike < b.strike; });
  EXPECT_TRUE(same_as_baseline(run));
  EXPECT_TRUE(same_values(baseline::revalue_book(booked), solution::revalue_book(run)));
}

TEST(VirtualDispatch, RepeatedAndUnorderedScenarios) {
  StressRun run = make_stress_run(1500, 51);
  run.levels = {5100, 4800, 5100, 4800, 5100, 6000, 4000, 6000};
  EXPECT_TRUE(same_as_baseline(run));
}

}  // namespace
}  // namespace kata::virtual_dispatch
