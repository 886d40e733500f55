// Correctness: the solution must answer every request exactly as the baseline does, call
// the databases once per request that needs them, during the run, and leave no thread
// running. (Latency is the benchmark's business: nothing here depends on timing.)
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::blocking_in_executor {
namespace {

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::fee_quote: return "fee quote";
    case Kind::limit_check: return "limit check";
    case Kind::transfer: return "transfer";
  }
  return "?";
}

// Succeeds when every response is the same; otherwise names the first that differs.
::testing::AssertionResult same_responses(const Workload& workload, const ServedLog& expected,
                                          const ServedLog& actual) {
  const auto& want = expected.responses();
  const auto& got = actual.responses();
  if (want == got) return ::testing::AssertionSuccess();
  if (want.size() != got.size())
    return ::testing::AssertionFailure() << "baseline answered " << want.size() << " requests, solution "
                                         << got.size();
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (!(want[i] == got[i]))
      return ::testing::AssertionFailure()
             << "request " << i << " (" << kind_name(workload.requests[i].kind) << ", user "
             << workload.requests[i].user << ", " << workload.requests[i].amount_cents
             << " cents): baseline {status " << want[i].status << ", body " << want[i].body
             << "}, solution {status " << got[i].status << ", body " << got[i].body << "}";
  }
  return ::testing::AssertionFailure() << "responses differ";
}

std::uint64_t count_of(const Workload& workload, Kind kind) {
  std::uint64_t count = 0;
  for (const Request& request : workload.requests) count += request.kind == kind;
  return count;
}

// Serves with the solution and checks what it asked the databases: one profile lookup per
// limit check, one audit append per transfer, all during the call.
ServedLog serve_and_count(const Workload& workload) {
  const std::uint64_t lookups = accounts::lookups.load();
  const std::uint64_t appends = audit::appends.load();
  ServedLog log = solution::serve(workload);
  EXPECT_EQ(accounts::lookups.load() - lookups, count_of(workload, Kind::limit_check))
      << "every limit check must load the user's profile (it changes with every payment)";
  EXPECT_EQ(audit::appends.load() - appends, count_of(workload, Kind::transfer))
      << "every transfer must be appended to the audit log before it is confirmed";
  EXPECT_EQ(log.latencies_ms().size(), workload.requests.size());
  return log;
}

void expect_same(const Workload& workload) {
  const ServedLog expected = baseline::serve(workload);
  const ServedLog actual = serve_and_count(workload);
  EXPECT_TRUE(same_responses(workload, expected, actual));
  for (const Response& response : actual.responses())
    ASSERT_NE(response.status, 500) << "request " << response.id << " was dropped (never answered)";
}

Workload from(std::vector<Request> requests) {
  for (std::size_t i = 0; i < requests.size(); ++i) requests[i].id = static_cast<std::uint32_t>(i);
  return Workload{std::move(requests)};
}

TEST(BlockingInExecutor, EmptyBurst) { expect_same(Workload{}); }

TEST(BlockingInExecutor, MatchesBaselineOnGeneratedBursts) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 7u, 200u, 1500u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same(make_workload(size, seed));
    }
  }
}

TEST(BlockingInExecutor, OnlyFeeQuotes) {
  std::vector<Request> requests;
  for (std::uint32_t i = 0; i < 300; ++i) requests.push_back({0, Kind::fee_quote, 1 + i % 7, 100 * i + 1, i * 3});
  expect_same(from(std::move(requests)));
}

TEST(BlockingInExecutor, BurstOfBlockingRequestsArrivingTogether) {
  // Sixty limit checks and transfers at the same instant, then quotes behind them: many
  // database calls are in flight at once.
  std::vector<Request> requests;
  for (std::uint32_t i = 0; i < 60; ++i)
    requests.push_back({0, i % 2 ? Kind::transfer : Kind::limit_check, 1 + i % 5, 1000 + i, 0});
  for (std::uint32_t i = 0; i < 100; ++i) requests.push_back({0, Kind::fee_quote, 9, 5'000'000, 0});
  expect_same(from(std::move(requests)));
}

TEST(BlockingInExecutor, SameUserOverAndUnderTheLimit) {
  // One user's limit checks with amounts from 1 cent to the maximum: some answered 200 with
  // what is left, some 402 with what was left.
  std::vector<Request> requests;
  for (std::uint32_t i = 0; i < 40; ++i)
    requests.push_back({0, Kind::limit_check, 77, i % 2 ? 5'000'000u : 1u + i * 50'000u, i * 20});
  requests.push_back({0, Kind::transfer, 77, 5'000'000, 900});
  requests.push_back({0, Kind::fee_quote, 77, 1, 900});
  expect_same(from(std::move(requests)));
}

TEST(BlockingInExecutor, OneRequestOfEachKind) {
  for (Kind kind : {Kind::fee_quote, Kind::limit_check, Kind::transfer}) {
    SCOPED_TRACE(kind_name(kind));
    expect_same(from({Request{0, kind, 1, 2'500'000, 0}}));
  }
}

TEST(BlockingInExecutor, TheSameBurstTwice) {
  // Nothing may be kept from one call to the next: the second call asks the databases again.
  const Workload workload = make_workload(400, 5);
  expect_same(workload);
  expect_same(workload);
}

}  // namespace
}  // namespace kata::blocking_in_executor
