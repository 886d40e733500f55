// Correctness: the solution must write exactly the baseline's report, on generated batches
// and on the cases a log pipeline meets: empty batches, cut and empty lines, bodyless
// responses, ids in paths, repeat clients, ties between user agents, other settings.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::log_analytics {
namespace {

const std::string default_config = "top_agents = 3\nslow_ms = 250\n";

void expect_same_as_baseline(const LogBatch& batch) {
  EXPECT_TRUE(kata::testing::same_text(baseline::summarize_batch(batch),
                                       solution::summarize_batch(batch)));
}

// One well-formed line.
std::string line(const std::string& client, const std::string& method, const std::string& target,
                 int status, const std::string& bytes, long latency_us,
                 const std::string& agent = "curl/8.4.0",
                 const std::string& time = "2026-11-22T20:14:03.512Z") {
  return time + " " + client + " " + method + " " + target + " " + std::to_string(status) + " " +
         bytes + " " + std::to_string(latency_us) + " \"" + agent + "\"";
}

LogBatch batch_of(std::vector<std::string> lines, const std::string& config = default_config) {
  return LogBatch{config, std::move(lines)};
}

TEST(LogAnalytics, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {0u, 1u, 2u, 10u, 100u, 1000u, 6000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_as_baseline(make_batch(size, seed));
    }
  }
}

TEST(LogAnalytics, EmptyBatch) {
  const LogBatch batch = batch_of({});
  EXPECT_EQ(solution::summarize_batch(batch),
            "access log summary: 0 lines, 0 parsed, 0 malformed, 0 endpoints\n");
  expect_same_as_baseline(batch);
}

TEST(LogAnalytics, ExactReport) {
  const LogBatch batch = batch_of({
      line("10.0.0.1", "GET", "/api/v2/orders/81723?expand=items", 200, "5123", 23417),
      line("10.0.0.2", "GET", "/api/v2/orders/42", 503, "120", 30000000, "okhttp/4.12.0",
           "2026-11-22T20:15:59Z"),
      line("10.0.0.1", "GET", "/api/v2/orders/7", 304, "-", 800, "okhttp/4.12.0"),
      line("2a02:0db8:0000:0000:0000:ff00:0042:8329", "POST", "/api/v2/checkout", 201, "88",
           251000),
  });
  const std::string expected =
      "access log summary: 4 lines, 4 parsed, 0 malformed, 2 endpoints\n"
      "GET /api/v2/orders/{id}  requests 3  peak 2/min  errors 33.33%  slow 1  p50 23.417 ms  "
      "p95 30000.000 ms  p99 30000.000 ms  clients 2  bytes 5243  agents \"okhttp/4.12.0\" 2, "
      "\"curl/8.4.0\" 1\n"
      "POST /api/v2/checkout  requests 1  peak 1/min  errors 0.00%  slow 1  p50 251.000 ms  "
      "p95 251.000 ms  p99 251.000 ms  clients 1  bytes 88  agents \"curl/8.4.0\" 1\n";
  EXPECT_TRUE(kata::testing::same_text(expected, baseline::summarize_batch(batch)));
  EXPECT_TRUE(kata::testing::same_text(expected, solution::summarize_batch(batch)));
}

TEST(LogAnalytics, OneRequest) {
  expect_same_as_baseline(batch_of({line("192.168.1.20", "GET", "/healthz", 200, "2", 950)}));
}

TEST(LogAnalytics, MalformedLinesAreCountedNotSummarised) {
  const std::string good = line("10.1.2.3", "GET", "/api/v2/carts/77", 200, "512", 12000);
  std::vector<std::string> lines = {
      good,
      "",                                                           // empty
      good.substr(0, 40),                                           // cut in the target
      good.substr(0, good.size() - 1),                              // closing quote cut off
      good.substr(0, good.find('"') + 1),                           // only the opening quote
      good.substr(0, good.find('"') - 1),                           // no agent at all
      "2026-11-22T20:14Z 10.1.2.3 GET /x 200 12 100 \"curl/8.4.0\"",        // no seconds
      "2026-11-22T20:14:03Z 10.1.2.3 GET /x abc 12 100 \"curl/8.4.0\"",     // status not a number
      "2026-11-22T20:14:03Z 10.1.2.3 GET /x 200 12 fast \"curl/8.4.0\"",    // latency not a number
      "2026-11-22T20:14:03Z 10.1.2.3 GET /x 200 12 100 curl/8.4.0",         // agent not quoted
      "2026-11-22T20:14:03Z 10.1.2.3 GET /x 200 12 \"curl/8.4.0\"",         // a field missing
      "yesterday 10.1.2.3 GET /x 200 12 100 \"curl/8.4.0\"",                // time not a time
      "2026-13-22T20:14:03Z 10.1.2.3 GET /x 200 12 100 \"curl/8.4.0\"",     // month 13
      "2026-11-22T20:61:03Z 10.1.2.3 GET /x 200 12 100 \"curl/8.4.0\"",     // minute 61
      "2026-11-22T20:14:61Z 10.1.2.3 GET /x 200 12 100 \"curl/8.4.0\"",     // second 61
      "2026-11-22T24:14:03Z 10.1.2.3 GET /x 200 12 100 \"curl/8.4.0\"",     // hour 24
      "2026-11-22T23:59:60Z 10.1.2.3 GET /x 200 12 100 \"curl/8.4.0\"",     // a leap second: fine
      good,
  };
  const LogBatch batch = batch_of(lines);
  expect_same_as_baseline(batch);
  const std::string report = solution::summarize_batch(batch);
  EXPECT_EQ(report.substr(0, report.find('\n')),
            "access log summary: 18 lines, 3 parsed, 15 malformed, 2 endpoints");
}

TEST(LogAnalytics, OnlyMalformedLines) {
  expect_same_as_baseline(batch_of({"", "garbage", "\"\"", "a b c d e f g \"h\""}));
}

TEST(LogAnalytics, BodylessResponses) {
  std::vector<std::string> lines;
  for (int i = 0; i < 50; ++i) {
    const bool no_body = i % 3 != 0;
    lines.push_back(line("10.9.0." + std::to_string(i % 7), i % 5 == 0 ? "HEAD" : "GET",
                         "/images/products/" + std::to_string(1000 + i) + "/large.webp",
                         no_body ? 304 : 200, no_body ? "-" : std::to_string(40000 + i), 900 + i));
  }
  const LogBatch batch = batch_of(lines);
  expect_same_as_baseline(batch);
}

TEST(LogAnalytics, RouteNormalisation) {
  const std::vector<std::string> targets = {
      "/",           "/api/v2/orders/81723",     "/api/v2/orders/81723/",  "/api/v2/orders//7",
      "/api/v2/x12", "/api/v2/12x/items/3?q=1",  "/a/0/b/00/c/?x=/1/2",    "*",
      "?only=query", "/static/js/app.4f2c9e.js", "/api/v2/carts/1/items/2", "/123456789012345678901"};
  std::vector<std::string> lines;
  for (const std::string& target : targets) lines.push_back(line("10.0.0.9", "GET", target, 200, "10", 1000));
  expect_same_as_baseline(batch_of(lines));
}

TEST(LogAnalytics, DistinctClientsPerEndpoint) {
  std::vector<std::string> lines;
  const std::vector<std::string> clients = {"10.0.0.1", "10.0.0.10", "10.0.0.1",
                                            "2a02:0db8:0000:0000:0000:ff00:0042:8329",
                                            "2a02:0db8:0000:0000:0000:ff00:0042:8329",
                                            "2a02:0db8:0000:0000:0000:ff00:0042:832a"};
  for (std::size_t i = 0; i < 60; ++i) {
    lines.push_back(line(clients[i % clients.size()], i % 2 == 0 ? "GET" : "POST",
                         "/api/v2/carts/" + std::to_string(i), 200, "100", 5000));
  }
  expect_same_as_baseline(batch_of(lines));
}

TEST(LogAnalytics, TiesBetweenAgents) {
  std::vector<std::string> lines;
  const std::vector<std::string> agents = {"zeta/1.0", "alpha/2.0", "mid/3.0", "alpha/1.0",
                                           "Zeta/1.0"};
  for (int round = 0; round < 4; ++round)
    for (const std::string& agent : agents)
      lines.push_back(line("10.0.0.5", "GET", "/api/v2/promotions/active", 200, "42", 3000, agent));
  lines.push_back(line("10.0.0.5", "GET", "/api/v2/promotions/active", 200, "42", 3000, "mid/3.0"));
  for (const std::string config : {"top_agents = 1\n", "top_agents = 3\n", "top_agents = 0\n",
                                   "top_agents = 10\n"}) {
    SCOPED_TRACE("config: " + config);
    expect_same_as_baseline(batch_of(lines, config));
  }
}

TEST(LogAnalytics, PercentilesAndSlowRequests) {
  for (int count : {1, 2, 3, 19, 20, 21, 99, 100, 101, 1000}) {
    SCOPED_TRACE("requests: " + std::to_string(count));
    std::vector<std::string> lines;
    for (int i = 0; i < count; ++i)
      lines.push_back(line("10.0.0.3", "GET", "/api/v2/stock/5/levels", 200, "7",
                           (i * 7919) % 997 * 1000 + i, "curl/8.4.0",
                           "2026-11-22T20:" + std::string(i % 60 < 10 ? "0" : "") +
                               std::to_string(i % 60) + ":00.000Z"));
    expect_same_as_baseline(batch_of(lines, "slow_ms = 500\n"));
  }
}

TEST(LogAnalytics, ConfigVariants) {
  const LogBatch generated = make_batch(500, 77);
  for (const std::string& config :
       {std::string(), std::string("# nothing set\n\n"), std::string("slow_ms = 0\ntop_agents = 2"),
        std::string("  top_agents=5  \nunknown_key = 9\nslow_ms = 100000\n"),
        std::string("slow_ms = fast\n# top_agents = 1\n")}) {
    SCOPED_TRACE("config: " + config);
    expect_same_as_baseline(LogBatch{config, generated.lines});
  }
}

TEST(LogAnalytics, ManyEndpointsAndRepeatedLines) {
  LogBatch batch = make_batch(3000, 9);
  const std::vector<std::string> copy = batch.lines;  // the shipper delivered the slice twice
  batch.lines.insert(batch.lines.end(), copy.begin(), copy.end());
  for (int i = 0; i < 300; ++i)
    batch.lines.push_back(line("10.3.0." + std::to_string(i % 250), "GET",
                               "/tenant" + std::to_string(i) + "/status", 200, "1", 700));
  expect_same_as_baseline(batch);
}

}  // namespace
}  // namespace kata::log_analytics
