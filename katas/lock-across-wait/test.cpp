// Correctness: the solution must return exactly the baseline's confirmations and totals --
// with all four handlers really running at once, several of them on the same product --
// ask both services once per reserved request during the call, and leave nothing running.
#include <gtest/gtest.h>

#include <cstdint>
#include <sstream>
#include <string>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::lock_across_wait {
namespace {

std::string describe(const Confirmation& c) {
  std::ostringstream out;
  out << "{" << (c.status == Status::reserved ? "reserved" : "unknown_sku") << ", price "
      << c.unit_price_cents << ", held " << c.held << ", backordered " << c.backordered << "}";
  return out.str();
}

std::string describe(const StockLine& line) {
  std::ostringstream out;
  out << "{" << line.sku << ", orders " << line.orders << ", held " << line.units_held
      << ", backordered " << line.units_backordered << ", value " << line.value_cents << "}";
  return out.str();
}

// Succeeds when the outcomes are equal; otherwise names the first difference.
::testing::AssertionResult same_outcome(const Outcome& expected, const Outcome& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  auto failure = ::testing::AssertionFailure();
  for (std::size_t i = 0; i < std::min(expected.inventory.size(), actual.inventory.size()); ++i)
    if (!(expected.inventory[i] == actual.inventory[i]))
      return failure << "inventory line " << i << " differs (a lost or doubled update?)\n"
                     << "  baseline: " << describe(expected.inventory[i])
                     << "\n  solution: " << describe(actual.inventory[i]);
  if (expected.inventory.size() != actual.inventory.size())
    return failure << "baseline has " << expected.inventory.size()
                   << " inventory lines, solution " << actual.inventory.size();
  for (std::size_t i = 0;
       i < std::min(expected.confirmations.size(), actual.confirmations.size()); ++i)
    if (!(expected.confirmations[i] == actual.confirmations[i]))
      return failure << "confirmation " << i << " differs\n  baseline: "
                     << describe(expected.confirmations[i])
                     << "\n  solution: " << describe(actual.confirmations[i]);
  return failure << "baseline has " << expected.confirmations.size()
                 << " confirmations, solution " << actual.confirmations.size();
}

std::uint64_t known_requests(const Batch& batch) {
  std::uint64_t known = 0;
  for (const Request& request : batch.requests)
    for (const Product& product : batch.catalogue)
      if (product.sku == request.sku) {
        ++known;
        break;
      }
  return known;
}

// Calls the solution and checks what it asked the services: exactly one price and one hold
// per request with a known sku, none left running when it returns.
Outcome reserve_and_count(const Batch& batch) {
  const std::uint64_t prices_before = services::price_requests.load();
  const std::uint64_t holds_before = services::hold_requests.load();
  Outcome outcome = solution::reserve_batch(batch);
  const std::uint64_t expected = known_requests(batch);
  EXPECT_EQ(services::price_requests.load() - prices_before, expected)
      << "every reserved request needs its own fetch_price, made during the call";
  EXPECT_EQ(services::hold_requests.load() - holds_before, expected)
      << "every reserved request needs its own hold_stock, made during the call";
  EXPECT_EQ(services::requests_in_flight.load(), 0)
      << "reserve_batch returned while requests were still under way";
  return outcome;
}

void expect_same_as_baseline(const Batch& batch) {
  const Outcome expected = baseline::reserve_batch(batch);
  EXPECT_TRUE(same_outcome(expected, reserve_and_count(batch)));
}

TEST(LockAcrossWait, EmptyBatch) { expect_same_as_baseline(Batch{}); }

TEST(LockAcrossWait, CatalogueButNoRequests) {
  // Every product is still listed, with zero totals.
  Batch batch = make_batch(0, 5);
  const Outcome outcome = reserve_and_count(batch);
  EXPECT_TRUE(outcome.confirmations.empty());
  EXPECT_EQ(outcome.inventory.size(), batch.catalogue.size());
  expect_same_as_baseline(batch);
}

TEST(LockAcrossWait, FewerRequestsThanHandlers) {
  // One or two requests: some handlers get nothing to do.
  for (std::size_t size : {1u, 2u, 3u}) {
    SCOPED_TRACE(kata::testing::input_label(7, size));
    expect_same_as_baseline(make_batch(size, 7));
  }
}

TEST(LockAcrossWait, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {5u, 17u, 48u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_as_baseline(make_batch(size, seed));
    }
  }
}

TEST(LockAcrossWait, OneBestSellerFromEveryHandler) {
  // Every request is for the same product: all four handlers update one entry at the same
  // time, over and over. Not one order may be lost or counted twice.
  Batch batch = make_batch(0, 11);
  for (int i = 0; i < 64; ++i)
    batch.requests.push_back(Request{batch.catalogue[3].sku, 1 + i % 6});
  const Outcome expected = baseline::reserve_batch(batch);
  const Outcome actual = reserve_and_count(batch);
  EXPECT_TRUE(same_outcome(expected, actual));
  std::int64_t orders = 0;
  for (const StockLine& line : actual.inventory) orders += line.orders;
  EXPECT_EQ(orders, 64);
}

TEST(LockAcrossWait, TwoHotProductsInterleaved) {
  Batch batch = make_batch(0, 12);
  for (int i = 0; i < 48; ++i)
    batch.requests.push_back(Request{batch.catalogue[i % 2 == 0 ? 0 : 39].sku, 6});
  expect_same_as_baseline(batch);
}

TEST(LockAcrossWait, UnknownSkusAndZeroQuantities) {
  // Unknown products are rejected without asking any service; a quantity of 0 is still an
  // order (the warehouse holds nothing).
  Batch batch = make_batch(0, 13);
  batch.requests = {Request{"SKU-NOPE", 3},          Request{batch.catalogue[0].sku, 0},
                    Request{"", 1},                  Request{batch.catalogue[0].sku, 6},
                    Request{batch.catalogue[1].sku, 0}, Request{"sku-" + batch.catalogue[2].sku.substr(4), 2},
                    Request{batch.catalogue[2].sku, 1}};
  expect_same_as_baseline(batch);
  const Outcome outcome = solution::reserve_batch(batch);
  ASSERT_EQ(outcome.confirmations.size(), batch.requests.size());
  EXPECT_EQ(outcome.confirmations[0].status, Status::unknown_sku);
  EXPECT_EQ(outcome.confirmations[1].status, Status::reserved);
  EXPECT_EQ(outcome.confirmations[1].held, 0);
}

TEST(LockAcrossWait, LargeOrdersAreBackordered) {
  // The warehouse holds at most 8 units per order: the rest is backordered.
  Batch batch = make_batch(0, 14);
  for (int i = 0; i < 24; ++i)
    batch.requests.push_back(Request{batch.catalogue[static_cast<std::size_t>(i % 5)].sku, 1'000'000});
  expect_same_as_baseline(batch);
}

TEST(LockAcrossWait, EveryCallStartsFromZero) {
  const Batch batch = make_batch(40, 9);
  const Outcome expected = baseline::reserve_batch(batch);
  for (int call = 0; call < 3; ++call) {
    SCOPED_TRACE("call " + std::to_string(call + 1) + " on the same batch");
    EXPECT_TRUE(same_outcome(expected, reserve_and_count(batch)));
  }
}

TEST(LockAcrossWait, VerdictSizeBatch) {
  // The benchmark's size: the handlers run side by side for tens of milliseconds
  // (ThreadSanitizer sees every pair of accesses).
  expect_same_as_baseline(make_batch(96, 2024));
}

}  // namespace
}  // namespace kata::lock_across_wait
