// Correctness: the solution's message must bring back exactly the fills that were sent, in
// their order, from nothing but the message's bytes; the risk service must then compute
// exactly what it computes from the baseline's messages.
#include <gtest/gtest.h>

#include <limits>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::text_vs_binary {
namespace {

std::string describe(const Fill& fill) {
  std::ostringstream text;
  text << "{fill_id " << fill.fill_id << ", timestamp_ns " << fill.timestamp_ns << ", account " << fill.account
       << ", instrument " << fill.instrument << ", side " << (fill.side == Side::buy ? "buy" : "sell")
       << ", quantity " << fill.quantity << ", price " << fill.price << "}";
  return text.str();
}

// Succeeds when the fills are equal; otherwise names the first one that differs.
::testing::AssertionResult same_fills(const std::vector<Fill>& expected, const std::vector<Fill>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t index = 0;
  while (index < expected.size() && index < actual.size() && expected[index] == actual[index]) ++index;
  const auto at = [index](const std::vector<Fill>& fills) {
    return index < fills.size() ? describe(fills[index]) : std::string("(end of batch)");
  };
  return ::testing::AssertionFailure() << "decoded fills differ at position " << index << "\n"
                                       << "  sent:    " << at(expected) << "\n"
                                       << "  decoded: " << at(actual) << "\n"
                                       << "  counts:  sent " << expected.size() << ", decoded " << actual.size();
}

// Succeeds when the risk updates are equal; otherwise names the first part that differs.
::testing::AssertionResult same_update(const RiskUpdate& expected, const RiskUpdate& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  if (expected.last_fill_id != actual.last_fill_id)
    return ::testing::AssertionFailure() << "last_fill_id: baseline " << expected.last_fill_id << ", solution "
                                         << actual.last_fill_id;
  if (expected.instruments.size() != actual.instruments.size() || expected.accounts.size() != actual.accounts.size())
    return ::testing::AssertionFailure() << "the update has the wrong number of instruments or accounts";
  for (std::size_t i = 0; i < expected.instruments.size(); ++i) {
    const auto& e = expected.instruments[i];
    const auto& a = actual.instruments[i];
    if (!(e == a))
      return ::testing::AssertionFailure()
             << "instrument " << i << " differs: baseline fills " << e.fills << " bought " << e.bought << " sold "
             << e.sold << " turnover " << e.turnover << " high/low/last " << e.high << "/" << e.low << "/" << e.last
             << "; solution fills " << a.fills << " bought " << a.bought << " sold " << a.sold << " turnover "
             << a.turnover << " high/low/last " << a.high << "/" << a.low << "/" << a.last;
  }
  for (std::size_t i = 0; i < expected.accounts.size(); ++i) {
    const auto& e = expected.accounts[i];
    const auto& a = actual.accounts[i];
    if (!(e == a))
      return ::testing::AssertionFailure()
             << "account " << i << " differs: baseline open " << e.open_positions << " cash " << e.cash << " gross "
             << e.gross_exposure << " marked " << e.marked_value << "; solution open " << a.open_positions
             << " cash " << a.cash << " gross " << a.gross_exposure << " marked " << a.marked_value;
  }
  return ::testing::AssertionFailure() << "the updates differ";
}

std::vector<Fill> round_trip(const std::vector<Fill>& fills) {
  const std::string message = solution::encode_batch(fills);
  return solution::decode_batch(message);
}

TEST(TextVsBinary, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 3u, 17u, 500u, 20000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      const auto fills = make_fills(size, seed);
      EXPECT_TRUE(same_fills(fills, round_trip(fills)));
      EXPECT_TRUE(same_update(baseline::relay_batch(fills), solution::relay_batch(fills)));
    }
  }
}

TEST(TextVsBinary, EmptyBatch) {
  EXPECT_TRUE(same_fills({}, round_trip({})));
  EXPECT_TRUE(same_update(baseline::relay_batch({}), solution::relay_batch({})));
}

TEST(TextVsBinary, ExtremeValuesComeBackExactly) {
  constexpr auto max_u64 = std::numeric_limits<std::uint64_t>::max();
  constexpr auto max_i64 = std::numeric_limits<std::int64_t>::max();
  constexpr auto min_i64 = std::numeric_limits<std::int64_t>::min();
  constexpr auto max_u32 = std::numeric_limits<std::uint32_t>::max();
  const std::vector<Fill> fills = {
      {0, 0, 0, 0, Side::buy, 0, 0},
      {max_u64, max_i64, max_u32, max_u32, Side::sell, max_u32, max_i64},
      {1, min_i64, 1, 1, Side::buy, 1, min_i64},
      {2, -1, 255, 255, Side::sell, 100, -1},
      {0x0a0a0a0a0a0a0a0aULL, 0x2c2c2c2c2c2c2c2cLL, 0x0a2c0a2c, 10, Side::buy, 44, 0x0a0a0a0a0a0a0a0aLL},  // '\n' and ',' bytes
      {3, 3, 3, 3, Side::buy, 3, 3},
      {3, 3, 3, 3, Side::buy, 3, 3},  // the same fill twice
  };
  EXPECT_TRUE(same_fills(fills, baseline::decode_batch(baseline::encode_batch(fills))));  // the baseline's text is exact
  EXPECT_TRUE(same_fills(fills, round_trip(fills)));
}

TEST(TextVsBinary, OneFillAndEveryIdAtTheLimits) {
  for (std::uint32_t id : {0u, 1u, kAccounts - 1}) {
    const std::vector<Fill> fills = {{42, 1'700'000'000'000'000'000LL, id, kInstruments - 1 - id, Side::sell, 300, 1'234'500}};
    SCOPED_TRACE("account " + std::to_string(id));
    EXPECT_TRUE(same_fills(fills, round_trip(fills)));
    EXPECT_TRUE(same_update(baseline::relay_batch(fills), solution::relay_batch(fills)));
  }
}

TEST(TextVsBinary, TheMessageCarriesTheFillsItself) {
  // In production the risk service is another process: it gets a copy of the bytes, later,
  // after the gateway has moved on. Nothing else may travel with the message.
  auto fills = make_fills(3000, 5);
  const auto sent = fills;
  std::string message = solution::encode_batch(fills);
  for (Fill& fill : fills) fill = Fill{7, 7, 7, 7, Side::sell, 7, 7};
  fills.clear();
  fills.shrink_to_fit();
  const std::string copy(message.begin(), message.end());
  message.assign(message.size(), '\0');
  EXPECT_TRUE(same_fills(sent, solution::decode_batch(copy)));
}

TEST(TextVsBinary, MessagesAreIndependentOfEachOther) {
  // Several batches can be on the queue at once, read in any order.
  const auto first = make_fills(1000, 1);
  const auto second = make_fills(777, 2);
  const auto third = make_fills(1, 3);
  const std::string first_message = solution::encode_batch(first);
  const std::string second_message = solution::encode_batch(second);
  const std::string third_message = solution::encode_batch(third);
  EXPECT_TRUE(same_fills(third, solution::decode_batch(third_message)));
  EXPECT_TRUE(same_fills(first, solution::decode_batch(first_message)));
  EXPECT_TRUE(same_fills(second, solution::decode_batch(second_message)));
  EXPECT_TRUE(same_fills(first, solution::decode_batch(first_message))) << "decoding twice";
}

TEST(TextVsBinary, MessageAtAnUnalignedAddress) {
  // A queue hands out byte ranges at any offset: the message need not start on an
  // 8-byte boundary.
  const auto fills = make_fills(333, 9);
  const std::string message = solution::encode_batch(fills);
  const std::string shifted = "x" + message;
  EXPECT_TRUE(same_fills(fills, solution::decode_batch(std::string_view(shifted).substr(1))));
}

}  // namespace
}  // namespace kata::text_vs_binary
