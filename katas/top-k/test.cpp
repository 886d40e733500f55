// Correctness: the solution must list exactly the baseline's lines, in its order.
#include <gtest/gtest.h>

#include <limits>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::top_k {
namespace {

// Succeeds when the lists are equal; otherwise names the first line that differs.
::testing::AssertionResult same_lines(const std::vector<std::string>& expected,
                                      const std::vector<std::string>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t index = 0;
  while (index < expected.size() && index < actual.size() && expected[index] == actual[index])
    ++index;
  const auto at = [index](const std::vector<std::string>& lines) {
    return index < lines.size() ? "\"" + lines[index] + "\"" : std::string("(end of list)");
  };
  std::ostringstream message;
  message << "lists differ at line " << index << "\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  lengths:  baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

void expect_same_as_baseline(const Window& window) {
  EXPECT_TRUE(same_lines(baseline::slowest_requests(window), solution::slowest_requests(window)));
}

const std::vector<std::string> routes = {"GET /api/v2/orders/{id}", "POST /api/v2/checkout"};

Request request(std::uint64_t id, std::uint32_t latency_us, std::uint16_t route = 0) {
  return Request{id, 0x5eed, 1'718'000'000'000'000, latency_us, latency_us / 2, 512, 1234,
                 200, route, 3};
}

TEST(TopK, MatchesBaselineOnGeneratedWindows) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 9u, 10u, 11u, 100u, 5000u, 200000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_as_baseline(make_window(size, seed));
    }
  }
}

TEST(TopK, EmptyWindow) {
  EXPECT_TRUE(solution::slowest_requests(Window{routes, {}}).empty());
}

TEST(TopK, FewerRequestsThanTheList) {
  for (std::size_t count = 1; count <= slowest_count + 1; ++count) {
    SCOPED_TRACE("requests: " + std::to_string(count));
    Window window{routes, {}};
    for (std::size_t i = 0; i < count; ++i) {
      const auto latency_us = static_cast<std::uint32_t>((i * 7919) % 13) * 1000;
      window.requests.push_back(request(100 + i, latency_us));
    }
    expect_same_as_baseline(window);
    EXPECT_EQ(solution::slowest_requests(window).size(), std::min(count, slowest_count));
  }
}

TEST(TopK, ExactLines) {
  const Window window{routes,
                      {request(0x10, 2'500), request(0x9f1c2e0a4b7d3365, 30'000'000, 1),
                       request(0x20, 1'000), request(0x05, 2'500)}};
  const std::vector<std::string> expected = {
      " 1. 30000.000 ms  200  POST /api/v2/checkout  upstream 3  request 9f1c2e0a4b7d3365",
      " 2. 2.500 ms  200  GET /api/v2/orders/{id}  upstream 3  request 0000000000000005",
      " 3. 2.500 ms  200  GET /api/v2/orders/{id}  upstream 3  request 0000000000000010",
      " 4. 1.000 ms  200  GET /api/v2/orders/{id}  upstream 3  request 0000000000000020"};
  EXPECT_TRUE(same_lines(expected, baseline::slowest_requests(window)));
  EXPECT_TRUE(same_lines(expected, solution::slowest_requests(window)));
}

TEST(TopK, AllLatenciesEqualListsTheSmallestIds) {
  Window window{routes, {}};
  for (std::uint64_t i = 0; i < 5000; ++i)
    window.requests.push_back(request(request_id(i), 30'000'000));
  expect_same_as_baseline(window);
}

TEST(TopK, TiesAcrossTheCutOff) {
  // Eight clear winners, then twenty requests tied for the last two places.
  Window window{routes, {}};
  for (std::uint64_t i = 0; i < 20; ++i) window.requests.push_back(request(1000 - i * 37, 5'000));
  for (std::uint64_t i = 0; i < 8; ++i)
    window.requests.push_back(request(50 + i, 9'000 + static_cast<std::uint32_t>(i)));
  for (std::uint64_t i = 0; i < 500; ++i) window.requests.push_back(request(2000 + i, 4'999));
  expect_same_as_baseline(window);
}

TEST(TopK, SortedInputs) {
  Window ascending{routes, {}};
  Window descending{routes, {}};
  for (std::uint32_t i = 0; i < 20000; ++i) {
    ascending.requests.push_back(request(request_id(i), i * 3));
    descending.requests.push_back(request(request_id(i), 60'000'000 - i * 3));
  }
  expect_same_as_baseline(ascending);
  expect_same_as_baseline(descending);
}

TEST(TopK, ExtremeValues) {
  constexpr std::uint32_t max_latency = std::numeric_limits<std::uint32_t>::max();
  constexpr std::uint64_t max_id = std::numeric_limits<std::uint64_t>::max();
  const Window window{routes,
                      {request(max_id, max_latency), request(0, max_latency), request(1, 0),
                       request(2, 0, 7) /* a route the table does not know */,
                       request(max_id - 1, max_latency - 1), request(3, 0), request(4, 0),
                       request(5, 0), request(6, 0), request(7, 0), request(8, 0), request(9, 0),
                       request(10, 0)}};
  expect_same_as_baseline(window);
}

TEST(TopK, DuplicateRecords) {
  // The same log line delivered twice: identical records give identical lines.
  Window window = make_window(3000, 5);
  const std::vector<Request> copy = window.requests;
  window.requests.insert(window.requests.end(), copy.begin(), copy.end());
  expect_same_as_baseline(window);
}

}  // namespace
}  // namespace kata::top_k
