// Correctness: the solution must return exactly the baseline's valuation, ask the
// market-data service for every position during the call, and leave no request running.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <sstream>
#include <string>
#include <unordered_set>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::sequential_waits {
namespace {

std::string describe(const Line& line) {
  std::ostringstream out;
  out << "{" << line.symbol << ", qty " << line.quantity << ", bid " << line.quote.bid_cents
      << ", ask " << line.quote.ask_cents << ", mark " << line.mark_cents << ", value "
      << line.value_cents << "}";
  return out.str();
}

// Succeeds when the valuations are equal; otherwise names the first line that differs.
::testing::AssertionResult same_valuation(const Valuation& expected, const Valuation& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  auto failure = ::testing::AssertionFailure();
  for (std::size_t i = 0; i < std::min(expected.lines.size(), actual.lines.size()); ++i) {
    if (!(expected.lines[i] == actual.lines[i]))
      return failure << "line " << i << " differs\n  baseline: " << describe(expected.lines[i])
                     << "\n  solution: " << describe(actual.lines[i]);
  }
  if (expected.lines.size() != actual.lines.size())
    return failure << "baseline has " << expected.lines.size() << " lines, solution "
                   << actual.lines.size();
  return failure << "totals differ: baseline " << expected.total_cents << ", solution "
                 << actual.total_cents;
}

std::size_t distinct_symbols(const std::vector<Position>& positions) {
  std::unordered_set<std::string> symbols;
  for (const Position& position : positions) symbols.insert(position.symbol);
  return symbols.size();
}

// Calls the solution and checks what it asked the service: at least one request per
// distinct symbol, at most one per position, none left running when it returns.
Valuation value_and_count(const std::vector<Position>& positions) {
  const std::uint64_t before = market_data::requests_made.load();
  Valuation valuation = solution::value_portfolio(positions);
  const std::uint64_t made = market_data::requests_made.load() - before;
  EXPECT_GE(made, distinct_symbols(positions))
      << "every symbol's quote must be fetched from market_data::fetch_quote during the call";
  EXPECT_LE(made, positions.size()) << "more requests than positions";
  EXPECT_EQ(market_data::requests_in_flight.load(), 0)
      << "value_portfolio returned while requests were still under way";
  return valuation;
}

TEST(SequentialWaits, EmptyPortfolio) {
  const Valuation expected = baseline::value_portfolio({});
  EXPECT_TRUE(same_valuation(expected, value_and_count({})));
}

TEST(SequentialWaits, MatchesBaselineOnGeneratedPortfolios) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 5u, 13u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      const auto positions = make_portfolio(size, seed);
      const Valuation expected = baseline::value_portfolio(positions);
      EXPECT_TRUE(same_valuation(expected, value_and_count(positions)));
    }
  }
}

TEST(SequentialWaits, EveryPositionIsFetchedOncePerCall) {
  // Distinct symbols: exactly one request each, on every call (quotes move between calls).
  const auto positions = make_portfolio(9, 7);
  for (int call = 0; call < 3; ++call) {
    SCOPED_TRACE("call " + std::to_string(call + 1) + " on the same portfolio");
    const std::uint64_t before = market_data::requests_made.load();
    const Valuation valuation = solution::value_portfolio(positions);
    EXPECT_EQ(market_data::requests_made.load() - before, positions.size());
    EXPECT_EQ(valuation.lines.size(), positions.size());
  }
}

TEST(SequentialWaits, DuplicateSymbolsAndUnsortedInput) {
  const std::vector<Position> positions = {
      {"ZZZ", 10}, {"ABC", 5}, {"MMM", -3}, {"ABC", -7}, {"ABC", 0}, {"B.X", 1}, {"ZZZ", 2}};
  const Valuation expected = baseline::value_portfolio(positions);
  EXPECT_TRUE(same_valuation(expected, value_and_count(positions)));
}

TEST(SequentialWaits, ExtremeQuantitiesAndSymbols) {
  const std::vector<Position> positions = {
      {"A", 1'000'000'000}, {"ZZZZZZZZ", -1'000'000'000}, {"........", 1}, {"Q", 0}};
  const Valuation expected = baseline::value_portfolio(positions);
  EXPECT_TRUE(same_valuation(expected, value_and_count(positions)));
}

TEST(SequentialWaits, OnePosition) {
  const std::vector<Position> positions = {{"ONLY", 42}};
  const Valuation expected = baseline::value_portfolio(positions);
  EXPECT_TRUE(same_valuation(expected, value_and_count(positions)));
}

// Runs `call` and returns the QuoteUnavailable message it threw, or a note that it did not.
template <class Call>
std::string unavailable_message(Call call) {
  try {
    call();
  } catch (const market_data::QuoteUnavailable& error) {
    return error.what();
  } catch (const std::exception& error) {
    return std::string("threw something else: ") + error.what();
  }
  return "did not throw";
}

TEST(SequentialWaits, UnavailableQuoteThrowsTheFirstFailureAndLeavesNothingRunning) {
  auto positions = make_portfolio(12, 99);
  positions[3].symbol = "bad-3";
  positions[8].symbol = "Abad";  // sorts before "bad-3": this one is the first failure
  const std::string expected =
      unavailable_message([&] { return baseline::value_portfolio(positions); });
  ASSERT_NE(expected, "did not throw");
  const std::string actual =
      unavailable_message([&] { return solution::value_portfolio(positions); });
  EXPECT_EQ(expected, actual);
  EXPECT_EQ(market_data::requests_in_flight.load(), 0)
      << "value_portfolio threw while requests were still under way";
}

}  // namespace
}  // namespace kata::sequential_waits
