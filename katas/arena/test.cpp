// Correctness: the solution must summarise every request exactly as the baseline does.
#include <gtest/gtest.h>

#include <functional>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::arena {
namespace {

std::string describe(const RequestSummary& s) {
  std::ostringstream text;
  text << "{authorised " << (s.authorised ? "yes" : "no") << ", events " << s.events << ", accepted "
       << s.accepted << ", orders " << s.orders << ", revenue_cents " << s.revenue_cents << "}";
  return text.str();
}

// Succeeds when the summaries are equal; otherwise names the first request that differs.
::testing::AssertionResult same_summaries(const std::vector<RequestSummary>& expected,
                                          const std::vector<RequestSummary>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t index = 0;
  while (index < expected.size() && index < actual.size() && expected[index] == actual[index]) ++index;
  const auto at = [index](const std::vector<RequestSummary>& list) {
    return index < list.size() ? describe(list[index]) : std::string("(no summary)");
  };
  std::ostringstream message;
  message << "summaries differ at request " << index << "\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  counts:   baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

::testing::AssertionResult same_as_baseline(const std::vector<std::string>& bodies) {
  return same_summaries(baseline::ingest(bodies), solution::ingest(bodies));
}

// A well-formed event with everything the collector checks; `extra` adds members at the end.
void write_good_event(BodyWriter& out, std::string_view type, std::string_view name,
                      std::int64_t revenue, std::uint32_t extra = 0) {
  out.map(6 + extra);
  out.key("type");
  out.string(type);
  out.key("event");
  out.string(name);
  out.key("messageId");
  out.string("0f8fad5b-d9cb-469f-a165-70867728950e");
  out.key("userId");
  out.string("usr_consistent_customer_0042");
  out.key("timestamp");
  out.integer(1'714'000'123'456);
  out.key("properties");
  out.map(1);
  out.key("revenue");
  out.integer(revenue);
}

std::string body_with_events(std::uint32_t count, const std::function<void(BodyWriter&)>& event) {
  BodyWriter out;
  out.map(2);
  out.key("writeKey");
  out.string("wk_3f9a0c5e1b7d2468ace013579bdf2468");
  out.key("batch");
  out.array(count);
  for (std::uint32_t i = 0; i < count; ++i) event(out);
  return out.take();
}

TEST(Arena, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 17u, 300u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(same_as_baseline(make_requests(size, seed)));
    }
  }
}

TEST(Arena, TheSameCallHandlesManyRequestsInARow) {
  // Whatever is reused between requests must not leak one request's tree into the next.
  const auto bodies = make_requests(3000, 7);
  SCOPED_TRACE(kata::testing::input_label(7, 3000));
  EXPECT_TRUE(same_as_baseline(bodies));
}

TEST(Arena, EmptyBatchOfRequests) {
  EXPECT_TRUE(solution::ingest({}).empty());
}

TEST(Arena, OneRequestWithOneEvent) {
  const std::string body = body_with_events(1, [](BodyWriter& out) {
    write_good_event(out, "track", "Order Completed", 4999);
  });
  EXPECT_TRUE(same_as_baseline({body}));
  const auto summaries = solution::ingest({body});
  ASSERT_EQ(summaries.size(), 1u);
  EXPECT_EQ(describe(summaries[0]), describe({true, 1, 1, 1, 4999}));
}

TEST(Arena, BodiesThatAreNotWhatTheCollectorExpects) {
  std::vector<std::string> bodies;
  {  // not a map at all
    BodyWriter out;
    out.array(0);
    bodies.push_back(out.take());
  }
  {  // a scalar
    BodyWriter out;
    out.integer(-1);
    bodies.push_back(out.take());
  }
  {  // an empty map: no writeKey
    BodyWriter out;
    out.map(0);
    bodies.push_back(out.take());
  }
  {  // a writeKey that is not a string
    BodyWriter out;
    out.map(2);
    out.key("writeKey");
    out.integer(42);
    out.key("batch");
    out.array(0);
    bodies.push_back(out.take());
  }
  {  // an authorised body whose batch is a map
    BodyWriter out;
    out.map(2);
    out.key("writeKey");
    out.string("wk_x");
    out.key("batch");
    out.map(0);
    bodies.push_back(out.take());
  }
  {  // an authorised body with an empty batch
    BodyWriter out;
    out.map(2);
    out.key("writeKey");
    out.string("wk_");
    out.key("batch");
    out.array(0);
    bodies.push_back(out.take());
  }
  EXPECT_TRUE(same_as_baseline(bodies));
}

TEST(Arena, EventsThatAreRejected) {
  const std::string body = body_with_events(1, [](BodyWriter& out) {
    out.nil();  // not a map
  });
  BodyWriter out;
  out.map(2);
  out.key("writeKey");
  out.string("wk_3f9a0c5e1b7d2468ace013579bdf2468");
  out.key("batch");
  out.array(6);
  out.array(0);  // an array event
  out.map(0);    // an empty map
  {              // a message id one character short
    out.map(4);
    out.key("type");
    out.string("track");
    out.key("messageId");
    out.string("0f8fad5b-d9cb-469f-a165-70867728950");
    out.key("userId");
    out.string("usr_1");
    out.key("timestamp");
    out.integer(1);
  }
  {  // an unknown type
    out.map(4);
    out.key("type");
    out.string("screen");
    out.key("messageId");
    out.string("0f8fad5b-d9cb-469f-a165-70867728950e");
    out.key("userId");
    out.string("usr_1");
    out.key("timestamp");
    out.integer(1);
  }
  {  // a userId that is empty, with an anonymousId that would do: the userId decides
    out.map(5);
    out.key("type");
    out.string("page");
    out.key("messageId");
    out.string("0f8fad5b-d9cb-469f-a165-70867728950e");
    out.key("userId");
    out.string("");
    out.key("anonymousId");
    out.string("anon");
    out.key("timestamp");
    out.integer(1);
  }
  {  // no userId: the anonymousId counts
    out.map(4);
    out.key("type");
    out.string("identify");
    out.key("messageId");
    out.string("0f8fad5b-d9cb-469f-a165-70867728950e");
    out.key("anonymousId");
    out.string("anon-7f3d1c2b");
    out.key("timestamp");
    out.integer(1);
  }
  EXPECT_TRUE(same_as_baseline({body, out.take()}));
}

TEST(Arena, RepeatedKeysCountTheFirstTime) {
  const std::string body = body_with_events(3, [](BodyWriter& out) {
    write_good_event(out, "track", "Order Completed", 1000, 3);
    out.key("type");  // a second "type": ignored
    out.string("nonsense");
    out.key("event");
    out.string("Product Viewed");
    out.key("properties");
    out.map(2);
    out.key("revenue");
    out.integer(77);
    out.key("revenue");
    out.integer(88);
  });
  EXPECT_TRUE(same_as_baseline({body}));
  EXPECT_EQ(describe(solution::ingest({body})[0]), describe({true, 3, 3, 3, 3000}));
}

TEST(Arena, OrdersWithoutRevenueOrWithLargeRevenue) {
  const std::string no_properties = body_with_events(1, [](BodyWriter& out) {
    out.map(5);
    out.key("type");
    out.string("track");
    out.key("event");
    out.string("Order Completed");
    out.key("messageId");
    out.string("0f8fad5b-d9cb-469f-a165-70867728950e");
    out.key("userId");
    out.string("usr_1");
    out.key("timestamp");
    out.integer(1);
  });
  const std::string not_an_order = body_with_events(2, [](BodyWriter& out) {
    write_good_event(out, "page", "Order Completed", 5);
  });
  const std::string refunds = body_with_events(2, [](BodyWriter& out) {
    write_good_event(out, "track", "Order Completed", -4'000'000'000'000'000'000);
  });
  EXPECT_TRUE(same_as_baseline({no_properties, not_an_order, refunds}));
}

TEST(Arena, DeepNestingAndLargeValues) {
  // A property nested 2,000 levels deep, a 1 MB string and an array of 100,000 integers:
  // far more than any per-request buffer sized for typical bodies.
  const std::string body = body_with_events(3, [](BodyWriter& out) {
    write_good_event(out, "track", "Order Completed", 12345, 3);
    out.key("deep");
    for (int i = 0; i < 2000; ++i) {
      out.map(1);
      out.key("child");
    }
    out.string("bottom");
    out.key("blob");
    out.string(std::string(1 << 20, 'x'));
    out.key("numbers");
    out.array(100'000);
    for (int i = 0; i < 100'000; ++i) out.integer(i);
  });
  EXPECT_TRUE(same_as_baseline({body, body}));
  EXPECT_EQ(describe(solution::ingest({body})[0]), describe({true, 3, 3, 3, 3 * 12345}));
}

}  // namespace
}  // namespace kata::arena
