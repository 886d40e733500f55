// Correctness: the solution must book exactly what the baseline books: the same
// confirmations, the same rejection messages (byte for byte), seats and summary.
#include <gtest/gtest.h>

#include <climits>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::eager_error_strings {
namespace {

std::string describe(const Confirmation& c) {
  std::ostringstream out;
  out << "{request #" << c.request << ", locator " << c.locator << ", flight #" << c.flight << ", "
      << c.seats << " seats, " << c.price_cents << " cents}";
  return out.str();
}

// Succeeds when the results are equal; otherwise names the first thing that differs.
::testing::AssertionResult same_result(const BatchResult& expected, const BatchResult& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  auto failure = ::testing::AssertionFailure();
  if (expected.confirmed != actual.confirmed) {
    std::size_t i = 0;
    while (i < expected.confirmed.size() && i < actual.confirmed.size() &&
           expected.confirmed[i] == actual.confirmed[i])
      ++i;
    const auto at = [i](const std::vector<Confirmation>& list) {
      return i < list.size() ? describe(list[i]) : std::string("(end of list)");
    };
    failure << "confirmations differ at position " << i << "\n  baseline: " << at(expected.confirmed)
            << "\n  solution: " << at(actual.confirmed) << "\n  counts:   baseline "
            << expected.confirmed.size() << ", solution " << actual.confirmed.size() << "\n";
  }
  if (expected.rejections != actual.rejections) {
    std::size_t i = 0;
    while (i < expected.rejections.size() && i < actual.rejections.size() &&
           expected.rejections[i] == actual.rejections[i])
      ++i;
    const auto at = [i](const std::vector<std::string>& list) {
      return i < list.size() ? "\"" + list[i] + "\"" : std::string("(end of list)");
    };
    failure << "rejections differ at position " << i << "\n  baseline: " << at(expected.rejections)
            << "\n  solution: " << at(actual.rejections) << "\n  counts:   baseline "
            << expected.rejections.size() << ", solution " << actual.rejections.size() << "\n";
  }
  if (expected.seats_left != actual.seats_left) {
    std::size_t f = 0;
    while (f < expected.seats_left.size() && f < actual.seats_left.size() &&
           expected.seats_left[f] == actual.seats_left[f])
      ++f;
    failure << "seats_left differs at flight #" << f << " (baseline has " << expected.seats_left.size()
            << " flights, solution " << actual.seats_left.size() << ")\n";
  }
  if (expected.summary != actual.summary)
    failure << "summary: baseline \"" << expected.summary << "\", solution \"" << actual.summary << "\"\n";
  return failure;
}

void expect_same(const BookingBatch& batch) {
  EXPECT_TRUE(same_result(baseline::process_bookings(batch), solution::process_bookings(batch)));
}

Flight test_flight(std::int32_t seats_left = 100) {
  Flight flight;
  flight.number = "LH2034";
  flight.date = "2024-07-15";
  flight.seats_left = seats_left;
  flight.fare_cents = {12'900, 23'220, 51'600};
  flight.tax_cents = 3'150;
  return flight;
}

BookingRequest test_request(std::int32_t seats = 2, char fare_class = 'Y', std::uint32_t flight = 0) {
  return BookingRequest{.reference = "AGY-20240715-0004217",
                        .flight = flight,
                        .passenger = "NGUYEN/LIAM MR",
                        .seats = seats,
                        .fare_class = fare_class};
}

// The solution's one rejection message for a one-request batch ("" when it confirmed it).
std::string rejection_of(const BookingRequest& request, std::int32_t seats_left = 100) {
  const BatchResult result = solution::process_bookings(BookingBatch{{test_flight(seats_left)}, {request}});
  return result.rejections.empty() ? std::string() : result.rejections.front();
}

TEST(EagerErrorStrings, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 17u, 500u, 5000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same(make_batch(size, seed));
    }
  }
}

TEST(EagerErrorStrings, EmptyBatches) {
  expect_same(BookingBatch{});
  expect_same(BookingBatch{{test_flight()}, {}});
  const BatchResult result = solution::process_bookings(BookingBatch{});
  EXPECT_TRUE(result.confirmed.empty());
  EXPECT_TRUE(result.rejections.empty());
  EXPECT_EQ(result.summary, "0 requests: 0 confirmed, 0 rejected");
}

TEST(EagerErrorStrings, OneConfirmedBooking) {
  const BookingBatch batch{{test_flight()}, {test_request(2, 'W')}};
  expect_same(batch);
  const BatchResult result = solution::process_bookings(batch);
  ASSERT_EQ(result.confirmed.size(), 1u);
  EXPECT_EQ(result.confirmed[0].request, 0u);
  EXPECT_EQ(result.confirmed[0].price_cents, 2 * (23'220 + 3'150));
  EXPECT_EQ(result.confirmed[0].locator, record_locator("AGY-20240715-0004217", 0));
  EXPECT_EQ(result.seats_left, std::vector<std::int32_t>{98});
}

TEST(EagerErrorStrings, EveryRuleHasItsMessage) {
  EXPECT_EQ(rejection_of(test_request(2, 'Y', 3)), "AGY-20240715-0004217: no flight #3 in this batch");
  EXPECT_EQ(rejection_of(test_request(0)),
            "AGY-20240715-0004217: 0 seats requested on LH2034 2024-07-15; a booking takes 1 to 9");
  EXPECT_EQ(rejection_of(test_request(2, 'F')),
            "AGY-20240715-0004217: fare class 'F' is not sold on LH2034 2024-07-15");
  BookingRequest nameless = test_request();
  nameless.passenger.clear();
  EXPECT_EQ(rejection_of(nameless),
            "AGY-20240715-0004217: passenger name of 0 characters on LH2034 2024-07-15; 1 to 40 allowed");
  EXPECT_EQ(rejection_of(test_request(3), 2),
            "AGY-20240715-0004217: 3 seats requested on LH2034 2024-07-15, only 2 left");
}

TEST(EagerErrorStrings, TheFirstBrokenRuleDecides) {
  BookingRequest everything_wrong = test_request(12, 'q', 0);
  everything_wrong.passenger = std::string(41, 'A');
  BookingRequest no_flight = everything_wrong;
  no_flight.flight = 1;
  BookingRequest wrong_class_and_name = test_request(2, 'q');
  wrong_class_and_name.passenger = std::string(41, 'A');
  BookingRequest long_name_and_full = test_request(5);
  long_name_and_full.passenger = std::string(60, 'A');
  const BookingBatch batch{{test_flight(4)}, {everything_wrong, no_flight, wrong_class_and_name, long_name_and_full}};
  expect_same(batch);
  EXPECT_EQ(solution::process_bookings(batch).rejections.size(), 4u);
}

TEST(EagerErrorStrings, Boundaries) {
  BookingRequest forty = test_request(1);
  forty.passenger = std::string(40, 'B');
  BookingRequest forty_one = test_request(1);
  forty_one.passenger = std::string(41, 'B');
  BookingRequest one_char = test_request(1);
  one_char.passenger = "C";
  const BookingBatch batch{
      {test_flight(20)},
      {test_request(1), test_request(9), test_request(10), test_request(-1), test_request(INT_MIN),
       test_request(INT_MAX), forty, forty_one, one_char, test_request(8), test_request(1), test_request(1)}};
  expect_same(batch);
  // 1 + 9 + 1 + 1 + 8 seats take the flight to exactly 0: the last two requests find it full.
  const BatchResult result = solution::process_bookings(batch);
  EXPECT_EQ(result.seats_left, std::vector<std::int32_t>{0});
  EXPECT_EQ(result.confirmed.size(), 5u);
}

TEST(EagerErrorStrings, FareClassesAreCaseSensitive) {
  std::vector<BookingRequest> requests;
  for (char c : std::string("YWJywjFCP ") + std::string(1, '\0')) requests.push_back(test_request(1, c));
  expect_same(BookingBatch{{test_flight()}, requests});
}

TEST(EagerErrorStrings, UnknownFlights) {
  const BookingBatch batch{{test_flight(), test_flight(3)},
                           {test_request(2, 'Y', 2), test_request(2, 'Y', 1), test_request(2, 'Y', UINT32_MAX),
                            test_request(2, 'Y', 1), test_request(2, 'J', 0)}};
  expect_same(batch);
  expect_same(BookingBatch{{}, {test_request(1), test_request(1, 'Y', 7)}});
}

TEST(EagerErrorStrings, SoldOutFlightsKeepRejecting) {
  std::vector<BookingRequest> requests;
  for (int i = 0; i < 200; ++i) {
    BookingRequest request = test_request(1 + i % 4);
    request.reference = "AGY-20240715-" + std::to_string(1'000'000 + i);
    request.flight = static_cast<std::uint32_t>(i % 2);
    requests.push_back(request);
  }
  const BookingBatch batch{{test_flight(50), test_flight(7)}, requests};
  expect_same(batch);
  EXPECT_GT(solution::process_bookings(batch).rejections.size(), 100u);
}

TEST(EagerErrorStrings, EveryRequestRejected) {
  BookingBatch batch = make_batch(3000, 99);
  for (BookingRequest& request : batch.requests) request.fare_class = 'X';
  expect_same(batch);
  EXPECT_EQ(solution::process_bookings(batch).rejections.size(), 3000u);
}

}  // namespace
}  // namespace kata::eager_error_strings
