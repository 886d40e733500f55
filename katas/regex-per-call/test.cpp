// Correctness: the solution must report exactly what the baseline reports, line for line
// the same accepted and rejected lines, the same endpoints and the same totals.
#include <gtest/gtest.h>

#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::regex_per_call {
namespace {

std::string describe(const EndpointStats& stats) {
  std::ostringstream text;
  text << "\"" << stats.endpoint << "\": " << stats.requests << " requests, " << stats.client_errors
       << " 4xx, " << stats.server_errors << " 5xx, " << stats.bytes << " bytes, " << stats.total_ms
       << " ms total, " << stats.max_ms << " ms max";
  return text.str();
}

// Succeeds when the reports are equal; otherwise names the first difference.
::testing::AssertionResult same_report(const TrafficReport& expected, const TrafficReport& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::ostringstream message;
  if (expected.service != actual.service) {
    message << "service labels differ: baseline \"" << expected.service << "\", solution \""
            << actual.service << "\"";
  } else if (expected.rejected_lines != actual.rejected_lines) {
    message << "rejected lines differ: baseline " << expected.rejected_lines << ", solution "
            << actual.rejected_lines;
  } else {
    std::size_t i = 0;
    while (i < expected.endpoints.size() && i < actual.endpoints.size() &&
           expected.endpoints[i] == actual.endpoints[i])
      ++i;
    const auto at = [i](const TrafficReport& report) {
      return i < report.endpoints.size() ? describe(report.endpoints[i]) : std::string("(none)");
    };
    message << "endpoint " << i << " differs\n"
            << "  baseline: " << at(expected) << "\n"
            << "  solution: " << at(actual) << "\n"
            << "  endpoints: baseline " << expected.endpoints.size() << ", solution "
            << actual.endpoints.size();
  }
  return ::testing::AssertionFailure() << message.str();
}

::testing::AssertionResult matches_baseline(const IngestWindow& window) {
  return same_report(baseline::summarize_window(window), solution::summarize_window(window));
}

IngestWindow window_of(std::vector<std::string> uploads, std::string service = "checkout-api") {
  return IngestWindow{std::move(service), std::move(uploads)};
}

const std::string kLine =
    R"line(203.0.113.7 - alice [14/Mar/2024:09:26:53 +0000] "GET /api/v2/orders/88421/items?page=2 HTTP/1.1" )line"
    R"line(200 5123 "https://shop.example.com/cart" "Mozilla/5.0 (X11; Linux x86_64)" 0.042)line";

// kLine with `from` replaced by `to` (the first occurrence).
std::string with(const std::string& from, const std::string& to) {
  std::string line = kLine;
  const std::size_t at = line.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? line : line.replace(at, from.size(), to);
}

TEST(RegexPerCall, MatchesBaselineOnGeneratedWindows) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {0u, 1u, 2u, 5u, 24u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(matches_baseline(make_window(size, seed)));
    }
  }
}

TEST(RegexPerCall, GeneratedWindowsHaveRejectedLinesAndFoldedIds) {
  const IngestWindow window = make_window(150, 42);
  const TrafficReport report = baseline::summarize_window(window);
  EXPECT_GT(report.rejected_lines, 10u);
  bool folded = false;
  for (const EndpointStats& stats : report.endpoints) folded |= stats.endpoint.find(":id") != std::string::npos;
  EXPECT_TRUE(folded);
  EXPECT_TRUE(same_report(report, solution::summarize_window(window)));
}

TEST(RegexPerCall, EmptyWindowAndEmptyUploads) {
  EXPECT_TRUE(matches_baseline(window_of({})));
  EXPECT_TRUE(matches_baseline(window_of({""})));
  EXPECT_TRUE(matches_baseline(window_of({"", "\n", "\n\n"})));
  EXPECT_TRUE(same_report(TrafficReport{"checkout-api", {}, 0}, solution::summarize_window(window_of({}))));
}

TEST(RegexPerCall, OneLine) {
  TrafficReport expected{"checkout-api", {{"GET /api/v2/orders/:id/items", 1, 0, 0, 5123, 42, 42}}, 0};
  EXPECT_TRUE(same_report(expected, baseline::summarize_window(window_of({kLine + "\n"}))));
  EXPECT_TRUE(same_report(expected, solution::summarize_window(window_of({kLine + "\n"}))));
  EXPECT_TRUE(same_report(expected, solution::summarize_window(window_of({kLine}))));  // no final newline
}

TEST(RegexPerCall, AcceptedAndRejectedLines) {
  struct Case {
    std::string line;
    bool accepted;
  };
  const std::vector<Case> cases = {
      {kLine, true},
      {with("203.0.113.7", "1.2.3.4"), true},
      {with("203.0.113.7", "1234.0.113.7"), false},
      {with("203.0.113.7", "203.0.113"), false},
      {with("203.0.113.7", "203.0.113.7.9"), false},
      {with(" - alice ", " ident alice "), true},
      {with(" - alice ", " -  alice "), false},
      {with(" - alice ", " - al\tice "), false},
      {with("[14/Mar/2024:09:26:53 +0000]", "[anything at all, even spaces]"), true},
      {with("[14/Mar/2024:09:26:53 +0000]", "[]"), false},
      {with("\"GET ", "\"get "), false},
      {with("\"GET ", "\"PROPFIND "), true},
      {with("?page=2", ""), true},
      {with("?page=2", "?"), true},
      {with("?page=2", "?a=1?b=2"), true},
      {with("/api/v2/orders/88421/items", "*"), true},
      {with("/api/v2/orders/88421/items", ""), false},
      {with("HTTP/1.1", "HTTP/2.0"), true},
      {with("HTTP/1.1", "HTTP/1.0"), true},
      {with("HTTP/1.1", "HTTP/1.2"), false},
      {with("HTTP/1.1", "HTTP/3"), false},
      {with("HTTP/1.1", "HTTP/2"), false},
      {with(" 200 ", " 20 "), false},
      {with(" 200 ", " 2000 "), false},
      {with(" 200 ", " 599 "), true},
      {with(" 200 ", " 099 "), true},
      {with(" 5123 ", " - "), true},
      {with(" 5123 ", " -1 "), false},
      {with(" 5123 ", " "), false},
      {with("\"https://shop.example.com/cart\"", "\"\""), true},
      {with("\"https://shop.example.com/cart\"", "\"a \"b\" c\""), false},
      {with("\"Mozilla/5.0 (X11; Linux x86_64)\"", "\"\""), true},
      {with(" 0.042", " 12.345"), true},
      {with(" 0.042", " 0.04"), false},
      {with(" 0.042", " 0.0420"), false},
      {with(" 0.042", " .042"), false},
      {with(" 0.042", " 0.042 "), false},
      {with(" 0.042", ""), false},
      {kLine + "\r", false},
      {" " + kLine, false},
      {kLine.substr(0, 80), false},
      {"", false},
      {"2024/03/14 09:26:53 [error] 31#31: *1 upstream timed out", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE("line: \"" + c.line + "\"");
    const IngestWindow window = window_of({c.line + "\n"});
    const TrafficReport expected = baseline::summarize_window(window);
    EXPECT_EQ(expected.rejected_lines, c.accepted ? 0u : 1u) << "(the baseline itself)";
    EXPECT_TRUE(same_report(expected, solution::summarize_window(window)));
  }
}

TEST(RegexPerCall, IdSegmentsAreFolded) {
  const std::vector<std::pair<std::string, std::string>> paths = {
      {"/api/v2/orders/88421/items", "/api/v2/orders/:id/items"},
      {"/a/1/2/3", "/a/:id/:id/:id"},
      {"/1", "/:id"},
      {"/a/1/", "/a/:id/"},
      {"/a//b/", "/a//b/"},
      {"/a/123abc", "/a/123abc"},
      {"/a/abc123", "/a/abc123"},
      {"/a/12345678901234567890123456789012345678901234567890", "/a/:id"},
      {"/a/0123456789abcdef01234567", "/a/:id"},                    // 24 hex digits
      {"/a/0123456789abcdef0123456", "/a/0123456789abcdef0123456"},  // 23
      {"/a/0123456789abcdef0123456789abcdef01234567", "/a/:id"},    // 40
      {"/a/0123456789abcdef0123456789abcdef012345678", "/a/0123456789abcdef0123456789abcdef012345678"},
      {"/a/0123456789ABCDEF01234567", "/a/0123456789ABCDEF01234567"},  // upper case: not an id
      {"/u/3f2b8c1a-9d4e-4f6a-8b7c-0123456789ab/avatar", "/u/:id/avatar"},
      {"/u/3f2b8c1a-9d4e-4f6a-8b7c-0123456789a/avatar", "/u/3f2b8c1a-9d4e-4f6a-8b7c-0123456789a/avatar"},
      {"/u/3F2B8C1A-9D4E-4F6A-8B7C-0123456789AB", "/u/3F2B8C1A-9D4E-4F6A-8B7C-0123456789AB"},
      {"/static/js/app.8f3a2c91d0e4b7a6c5d4.js", "/static/js/app.8f3a2c91d0e4b7a6c5d4.js"},
      {"no-slash-123", "no-slash-123"},
      {"*", "*"},
  };
  for (const auto& [path, folded] : paths) {
    SCOPED_TRACE("path: " + path);
    const IngestWindow window = window_of({with("/api/v2/orders/88421/items", path) + "\n"});
    const TrafficReport expected = baseline::summarize_window(window);
    ASSERT_EQ(expected.endpoints.size(), 1u) << "(the baseline itself)";
    EXPECT_EQ(expected.endpoints[0].endpoint, "GET " + folded) << "(the baseline itself)";
    EXPECT_TRUE(same_report(expected, solution::summarize_window(window)));
  }
}

TEST(RegexPerCall, ServiceLabels) {
  for (const std::string service :
       {"checkout-api", "a", "a-", "orders2", "", "Checkout", "9lives", "check out", "check_out", "-x"}) {
    SCOPED_TRACE("service: \"" + service + "\"");
    EXPECT_TRUE(matches_baseline(window_of({kLine + "\n"}, service)));
  }
}

TEST(RegexPerCall, ConsecutiveWindowsAreIndependent) {
  // Nothing may leak from one window into the next: labels, endpoints, counters.
  const IngestWindow first = make_window(3, 1);
  IngestWindow second = make_window(4, 2);
  second.service = "Not A Service";
  const IngestWindow third = window_of({kLine + "\n"}, "search-frontend");
  for (const IngestWindow* window : std::vector<const IngestWindow*>{&first, &second, &third, &first}) {
    EXPECT_TRUE(matches_baseline(*window));
  }
}

TEST(RegexPerCall, SameLineRepeatedAndLargeNumbers) {
  std::string upload;
  for (int i = 0; i < 500; ++i) upload += with(" 0.042", " " + std::to_string(i % 7) + ".999") + "\n";
  const std::string big = with(" 5123 ", " 18000000000000000000 ");
  EXPECT_TRUE(matches_baseline(window_of({upload, upload, big + "\n" + big})));
}

}  // namespace
}  // namespace kata::regex_per_call
