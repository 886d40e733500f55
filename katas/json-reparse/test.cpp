// Correctness: the solution must decide every request exactly as the baseline does, under
// the configuration each batch carries.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::json_reparse {
namespace {

std::string describe(const Decision& decision) {
  std::ostringstream text;
  text << "route " << decision.route << ", status " << decision.status << ", timeout "
       << decision.timeout_ms << " ms, upstream \"" << decision.upstream_url << "\"";
  return text.str();
}

std::string describe(const Request& request) {
  std::ostringstream text;
  text << request.tenant << " " << request.method << " " << request.path << " (" << request.body_bytes
       << " bytes, " << (request.authenticated ? "authenticated" : "anonymous") << ")";
  return text.str();
}

// Succeeds when the decisions are equal; otherwise names the first request decided differently.
::testing::AssertionResult same_decisions(const GatewayBatch& batch, const std::vector<Decision>& expected,
                                          const std::vector<Decision>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t i = 0;
  while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) ++i;
  std::ostringstream message;
  if (i == expected.size() || i == actual.size()) {
    message << "decision counts differ: expected " << expected.size() << ", solution " << actual.size();
  } else {
    message << "request " << i << " decided differently: "
            << (i < batch.requests.size() ? describe(batch.requests[i]) : std::string("?")) << "\n"
            << "  expected: " << describe(expected[i]) << "\n"
            << "  solution: " << describe(actual[i]);
  }
  return ::testing::AssertionFailure() << message.str();
}

::testing::AssertionResult matches_baseline(const GatewayBatch& batch) {
  return same_decisions(batch, baseline::route_batch(batch), solution::route_batch(batch));
}

const char* const kRoutes = R"({
  "version": 7,
  "routes": [
    {"name": "a", "prefix": "/api", "methods": ["GET"], "upstreams": ["http://a"], "timeout_ms": 100},
    {"name": "b", "prefix": "/api/orders", "methods": ["GET", "POST"], "upstreams": ["http://b"],
     "strip_prefix": true, "timeout_ms": 200, "auth": "jwt"},
    {"name": "b-again", "prefix": "/api/orders", "methods": ["DELETE"], "upstreams": ["http://b2"],
     "timeout_ms": 999},
    {"name": "s", "prefix": "/static/", "methods": ["GET"], "upstreams": ["http://cdn"], "strip_prefix": true,
     "timeout_ms": 50, "auth": "none", "extra": {"nested": [1, 2, {"x": null}], "s": "a\"b"}},
    {"name": "u", "prefix": "/caf\u00e9", "methods": ["GET"], "upstreams": ["http://u"], "timeout_ms": 10,
     "strip_prefix": false, "auth": "api-key"}
  ]
})";

const char* const kLimits = R"({
  "default": {"max_body_bytes": 100, "burst": 3},
  "tenants": {
    "big": {"max_body_bytes": 1000, "plan": "enterprise"},
    "tiny": {"burst": 1},
    "zero": {"burst": 0, "max_body_bytes": 0},
    "t\u00e9": {"burst": 2}
  }
})";

TEST(JsonReparse, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {0u, 1u, 2u, 17u, 500u, 3000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(matches_baseline(make_gateway_batch(size, seed)));
    }
  }
}

TEST(JsonReparse, GeneratedBatchesReachEveryDecision) {
  const GatewayBatch batch = make_gateway_batch(3000, 42);
  const std::vector<Decision> decisions = baseline::route_batch(batch);
  std::set<std::int32_t> statuses;
  for (const Decision& decision : decisions) statuses.insert(decision.status);
  EXPECT_EQ(statuses, (std::set<std::int32_t>{200, 401, 404, 405, 413, 429}));
  EXPECT_TRUE(same_decisions(batch, decisions, solution::route_batch(batch)));
}

TEST(JsonReparse, HandWrittenConfiguration) {
  GatewayBatch batch{kRoutes, kLimits, {}};
  std::vector<Decision> expected;
  const auto add = [&](Request request, Decision decision) {
    batch.requests.push_back(std::move(request));
    expected.push_back(std::move(decision));
  };
  add({"x", "GET", "/api", "", 0, false}, {0, 200, 100, "http://a/api"});
  add({"x", "GET", "/apix", "", 0, false}, {-1, 404, 0, ""});
  add({"x", "GET", "/api/orders/7", "", 0, true}, {1, 200, 200, "http://b/7"});
  add({"x", "DELETE", "/api/orders", "", 0, true}, {1, 405, 0, ""});  // the first of equal prefixes
  add({"x", "POST", "/api/orders", "", 0, false}, {1, 401, 0, ""});
  add({"x", "GET", "/api/orders", "", 0, true}, {1, 200, 200, "http://b/"});
  add({"x", "GET", "/api/other", "", 0, false}, {0, 429, 0, ""});  // x had its 3 (default burst)
  add({"big", "GET", "/static/app.js", "", 1000, false}, {3, 200, 50, "http://cdn/app.js"});
  add({"big", "GET", "/static/app.js", "", 1001, false}, {3, 413, 0, ""});
  add({"tiny", "GET", "/api", "", 0, false}, {0, 200, 100, "http://a/api"});
  add({"tiny", "GET", "/api", "", 0, false}, {0, 429, 0, ""});
  add({"zero", "GET", "/api", "", 0, false}, {0, 429, 0, ""});
  add({"zero", "GET", "/api", "", 1, false}, {0, 413, 0, ""});
  add({"x2", "get", "/api", "", 0, false}, {0, 405, 0, ""});
  add({"t\xc3\xa9", "GET", "/caf\xc3\xa9/menu", "", 5, true}, {4, 200, 10, "http://u/caf\xc3\xa9/menu"});
  add({"t\xc3\xa9", "GET", "/caf\xc3\xa9", "", 5, false}, {4, 401, 0, ""});
  add({"x", "GET", "/static", "", 0, false}, {-1, 404, 0, ""});
  add({"x", "GET", "/", "", 0, false}, {-1, 404, 0, ""});
  add({"w", "GET", "/api", "", 500, false}, {0, 413, 0, ""});  // refused requests do not count
  add({"w", "GET", "/api", "", 100, false}, {0, 200, 100, "http://a/api"});
  add({"w", "GET", "/api/", "", 0, false}, {0, 200, 100, "http://a/api/"});
  add({"w", "GET", "/api/a/b", "", 0, false}, {0, 200, 100, "http://a/api/a/b"});
  add({"w", "GET", "/api", "", 0, false}, {0, 429, 0, ""});
  EXPECT_TRUE(same_decisions(batch, expected, baseline::route_batch(batch))) << "(the baseline itself)";
  EXPECT_TRUE(same_decisions(batch, expected, solution::route_batch(batch)));
}

TEST(JsonReparse, PathsAreNormalisedBeforeRouting) {
  GatewayBatch batch{kRoutes, kLimits, {}};
  std::vector<Decision> expected;
  const auto add = [&](Request request, Decision decision) {
    batch.requests.push_back(std::move(request));
    expected.push_back(std::move(decision));
  };
  add({"n", "GET", "/api//orders/./7", "", 0, true}, {1, 200, 200, "http://b/7"});
  add({"n", "GET", "/api/orders/../x", "page=2", 0, false}, {0, 200, 100, "http://a/api/x?page=2"});
  add({"n", "GET", "/%61pi", "", 0, false}, {0, 200, 100, "http://a/api"});
  add({"m", "GET", "/a/../../api/", "v=1", 0, false}, {0, 200, 100, "http://a/api/?v=1"});
  add({"m", "GET", "/api/%zz", "", 0, false}, {0, 200, 100, "http://a/api/%zz"});
  add({"m", "GET", "/static/%2e%2E/api", "", 0, false}, {0, 200, 100, "http://a/api"});
  add({"m", "GET", "/api", "", 0, false}, {0, 429, 0, ""});
  add({"q", "GET", "//", "", 0, false}, {-1, 404, 0, ""});
  add({"q", "GET", "/api/.", "", 0, false}, {0, 200, 100, "http://a/api"});
  add({"q", "GET", "/api/x/..", "", 0, false}, {0, 200, 100, "http://a/api"});
  add({"q", "GET", "/api%2Forders%2F9", "", 0, true}, {1, 200, 200, "http://b/9"});
  add({"r", "GET", "/static/./img//logo.png", "w=64", 0, false}, {3, 200, 50, "http://cdn/img/logo.png?w=64"});
  add({"r", "GET", "", "", 0, false}, {-1, 404, 0, ""});
  EXPECT_TRUE(same_decisions(batch, expected, baseline::route_batch(batch))) << "(the baseline itself)";
  EXPECT_TRUE(same_decisions(batch, expected, solution::route_batch(batch)));
}

TEST(JsonReparse, TenantsStickToTheirUpstream) {
  const std::string routes = R"({"routes": [{"prefix": "/api", "methods": ["GET"], "timeout_ms": 5,
    "upstreams": ["http://a-0", "http://a-1", "http://a-2", "http://a-3", "http://a-0"]}]})";
  const std::string limits = R"({"default": {"max_body_bytes": 100, "burst": 1000}, "tenants": {}})";
  GatewayBatch batch{routes, limits, {}};
  for (int i = 0; i < 200; ++i) batch.requests.push_back({"tenant-" + std::to_string(i % 37), "GET", "/api/x", "", 0, false});
  const std::vector<Decision> expected = baseline::route_batch(batch);
  std::set<std::string> chosen;
  for (const Decision& decision : expected) chosen.insert(decision.upstream_url);
  EXPECT_GE(chosen.size(), 3u) << "(the baseline itself: tenants should spread over the hosts)";
  EXPECT_TRUE(same_decisions(batch, expected, solution::route_batch(batch)));
}

TEST(JsonReparse, EmptyBatch) {
  EXPECT_TRUE(solution::route_batch(GatewayBatch{kRoutes, kLimits, {}}).empty());
  GatewayBatch generated = make_gateway_batch(50, 3);
  generated.requests.clear();
  EXPECT_TRUE(solution::route_batch(generated).empty());
}

TEST(JsonReparse, OneRequest) {
  EXPECT_TRUE(matches_baseline(make_gateway_batch(1, 11)));
  EXPECT_TRUE(matches_baseline(GatewayBatch{kRoutes, kLimits, {{"x", "GET", "/api/orders/1", "", 0, true}}}));
}

TEST(JsonReparse, EachBatchUsesItsOwnConfiguration) {
  // A push takes effect at the next batch: nothing decided under one configuration may be
  // reused under another, and the burst counters start again with every batch.
  const GatewayBatch first = make_gateway_batch(400, 1);
  GatewayBatch second = make_gateway_batch(400, 2);
  GatewayBatch same_requests_other_config = first;
  same_requests_other_config.routes_json = second.routes_json;
  same_requests_other_config.limits_json = second.limits_json;
  const GatewayBatch hand_written{kRoutes, kLimits, {{"tiny", "GET", "/api", "", 0, false}}};
  for (const GatewayBatch* batch : std::vector<const GatewayBatch*>{
           &first, &second, &same_requests_other_config, &first, &hand_written, &hand_written, &first}) {
    EXPECT_TRUE(matches_baseline(*batch));
  }
}

TEST(JsonReparse, SameRequestRepeated) {
  GatewayBatch batch{kRoutes, kLimits, {}};
  batch.requests.assign(2000, Request{"big", "GET", "/api/orders/42", "", 10, true});
  EXPECT_TRUE(matches_baseline(batch));
}

TEST(JsonReparse, ManyTenantsAndLongPaths) {
  GatewayBatch batch = make_gateway_batch(300, 5);
  for (std::size_t i = 0; i < batch.requests.size(); ++i) {
    if (i % 3 == 0) batch.requests[i].tenant = "tenant-" + std::to_string(i % 40);
    if (i % 7 == 0) batch.requests[i].path += "/" + std::string(300, 'p');
  }
  EXPECT_TRUE(matches_baseline(batch));
}

}  // namespace
}  // namespace kata::json_reparse
