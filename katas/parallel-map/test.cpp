// Correctness: the solution must return exactly the baseline's valuations, bit for bit and
// in the order of the positions, for books big enough that several threads really run.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::parallel_map {
namespace {

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof(double)) == 0; }

// Succeeds when the valuations are equal bit for bit; otherwise names the first position
// and field that differ.
::testing::AssertionResult same_valuations(const std::vector<Valuation>& expected,
                                           const std::vector<Valuation>& actual) {
  if (expected.size() != actual.size())
    return ::testing::AssertionFailure() << "baseline valued " << expected.size()
                                         << " positions, solution " << actual.size();
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Valuation& e = expected[i];
    const Valuation& a = actual[i];
    const struct {
      const char* name;
      double expected, actual;
    } fields[] = {{"value", e.value, a.value},
                  {"delta", e.greeks.delta, a.greeks.delta},
                  {"gamma", e.greeks.gamma, a.greeks.gamma},
                  {"vega", e.greeks.vega, a.greeks.vega}};
    for (const auto& field : fields) {
      if (!same_bits(field.expected, field.actual)) {
        std::ostringstream message;
        message.precision(17);
        message << "position " << i << ", " << field.name << ": baseline " << field.expected
                << ", solution " << field.actual;
        return ::testing::AssertionFailure() << message.str();
      }
    }
  }
  return ::testing::AssertionSuccess();
}

void expect_same(const Book& book) {
  EXPECT_TRUE(same_valuations(baseline::value_book(book), solution::value_book(book)));
}

TEST(ParallelMap, MatchesBaselineOnGeneratedBooks) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 17u, 1000u, 5000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same(make_book(size, seed));
    }
  }
}

TEST(ParallelMap, EmptyBook) { expect_same(make_book(0, 5)); }

TEST(ParallelMap, BenchmarkSizedBook) {
  // The verdict's size: many chunks, every thread busy for a while.
  expect_same(make_book(160000, 77));
}

TEST(ParallelMap, SizesAroundSplitBoundaries) {
  // Books that split unevenly, whatever chunk size or number of threads is used.
  for (std::size_t size : {3u, 7u, 255u, 256u, 257u, 1023u, 1024u, 1025u, 4097u, 10001u}) {
    SCOPED_TRACE(kata::testing::input_label(11, size));
    expect_same(make_book(size, 11));
  }
}

TEST(ParallelMap, OrderFollowsThePositions) {
  // Reversing the book reverses the valuations: each belongs to its own position.
  Book book = make_book(3000, 21);
  const std::vector<Valuation> forward = solution::value_book(book);
  std::reverse(book.positions.begin(), book.positions.end());
  std::vector<Valuation> backward = solution::value_book(book);
  std::reverse(backward.begin(), backward.end());
  EXPECT_TRUE(same_valuations(forward, backward));
}

TEST(ParallelMap, DeepInAndOutOfTheMoneyAndNearExpiry) {
  // The desk's awkward positions: far out of the money (value and greeks underflow towards
  // zero), deep in the money (delta 1), expiring tomorrow, zero rates, very high and very
  // low volatility -- mixed into an ordinary book so they land on several threads.
  Book book = make_book(4000, 3);
  const OptionPosition awkward[] = {
      {100.0, 400.0, 0.10, 0.02, 0.05},     // far out of the money
      {100.0, 20.0, 0.20, 0.05, 2.0},       // deep in the money
      {100.0, 100.0, 0.30, 0.01, 1.0 / 365.0},  // at the money, expiring tomorrow
      {50.0, 55.0, 0.25, 0.0, 0.5},         // zero rate
      {80.0, 80.0, 2.50, 0.03, 3.0},        // very high volatility
      {120.0, 100.0, 0.01, 0.04, 0.25},     // almost no volatility
  };
  for (std::size_t k = 0; k < 600; ++k)
    book.positions.insert(book.positions.begin() + static_cast<std::ptrdiff_t>(k * 7),
                          awkward[k % std::size(awkward)]);
  expect_same(book);
}

TEST(ParallelMap, RepeatedPositionsGetIdenticalValuations) {
  // The same position many times: every copy must get the same bits, wherever it is
  // valued.
  Book book;
  book.positions.assign(20000, make_book(1, 8).positions[0]);
  const std::vector<Valuation> valuations = solution::value_book(book);
  ASSERT_EQ(valuations.size(), book.positions.size());
  for (std::size_t i = 1; i < valuations.size(); ++i)
    ASSERT_TRUE(same_valuations({valuations[0]}, {valuations[i]})) << "copy " << i;
}

TEST(ParallelMap, EveryValuationIsThePricersOwn) {
  // Independently of the baseline: result[i] is call_value and call_greeks of position i.
  const Book book = make_book(20000, 99);
  const std::vector<Valuation> valuations = solution::value_book(book);
  ASSERT_EQ(valuations.size(), book.positions.size());
  for (std::size_t i = 0; i < valuations.size(); ++i) {
    const double value = call_value(book.positions[i]);
    ASSERT_TRUE(same_valuations({Valuation{value, call_greeks(book.positions[i], value)}},
                                {valuations[i]}))
        << "position " << i;
  }
}

}  // namespace
}  // namespace kata::parallel_map
