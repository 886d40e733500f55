#pragma once
// blocking-in-executor: the interface the baseline and your solution share. Do not edit:
// the checker builds your solution.cpp against its own copy of this file and of
// event_loop.cpp -- the gateway's event loop, which paces the requests' arrivals and
// timestamps every request when it is queued and when its reply is sent. The latencies it
// records are what the verdict is about; your code cannot touch them.
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "kata/random.hpp"

namespace kata::blocking_in_executor {

// What a client of the payments gateway asks for.
enum class Kind : std::uint8_t {
  fee_quote,     // "what would this payment cost?": computed on the spot, a few microseconds
  limit_check,   // "may this user pay this much?": needs the user's profile (accounts DB)
  transfer,      // "make this payment": must be written to the audit log before it is confirmed
};

struct Request {
  std::uint32_t id = 0;              // its index in the workload
  Kind kind = Kind::fee_quote;
  std::uint32_t user = 0;            // account number
  std::uint32_t amount_cents = 0;    // 1 .. 5,000,000
  std::uint32_t arrival_us = 0;      // when it arrives, from the start of the run
};

struct Response {
  std::uint32_t id = 0;
  std::uint16_t status = 0;  // 200 ok, 402 over the limit, 500 the request was dropped
  std::uint64_t body = 0;    // the fee, the remaining limit, or the audit receipt
  friend bool operator==(const Response&, const Response&) = default;
};

// One burst of traffic: the requests in order of arrival.
struct Workload {
  std::vector<Request> requests;
};

// ---------------------------------------------------------------------------------------
// The services the handlers call. They are the outside world: their cost is fixed.

// Pure computation, ~2-4 us: the fee for a payment of this amount by this user.
inline std::uint64_t fee_for(const Request& request) {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ (std::uint64_t{request.user} << 32 | request.amount_cents);
  for (int round = 0; round < 400; ++round) {  // the fee schedule's tiers and currency rules
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
  }
  return request.amount_cents / 100 + 25 + h % 50;  // 1% + 25 cents + a rounding spread
}

// A user's standing, as the accounts database keeps it.
struct Profile {
  std::uint32_t user = 0;
  std::uint64_t daily_limit_cents = 0;
  std::uint64_t spent_today_cents = 0;
};

// Synchronous database clients: the calling thread blocks for the round trip (sleeping,
// not computing). Both take any number of concurrent calls, from any thread.
namespace accounts {
inline constexpr std::chrono::microseconds kRoundTrip{200};
inline std::atomic<std::uint64_t> lookups{0};  // every call made (the tests read it)

inline Profile load_profile(std::uint32_t user) {
  lookups.fetch_add(1, std::memory_order_relaxed);
  std::this_thread::sleep_for(kRoundTrip);
  kata::random::Rng rng(0xacc0u + std::uint64_t{user} * 0x9e3779b97f4a7c15ULL);
  const auto limit = static_cast<std::uint64_t>(rng.between(100'000, 10'000'000));
  return Profile{user, limit, static_cast<std::uint64_t>(rng.between(0, 10'000'000)) % limit};
}
}  // namespace accounts

namespace audit {
inline constexpr std::chrono::microseconds kFsync{200};
inline std::atomic<std::uint64_t> appends{0};  // every call made (the tests read it)

// Appends the transfer to the audit log and waits until it is on disk (fsync); returns
// the entry's receipt. Receipts depend on the entry only, not on the order of the log.
inline std::uint64_t append(const Request& transfer) {
  appends.fetch_add(1, std::memory_order_relaxed);
  std::this_thread::sleep_for(kFsync);
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (std::uint32_t field : {transfer.id, transfer.user, transfer.amount_cents})
    h = (h ^ field) * 0x100000001b3ULL;
  return h;
}
}  // namespace audit

// The replies, computed from what the services returned (cheap, fixed).
inline Response quote_reply(const Request& request) { return Response{request.id, 200, fee_for(request)}; }

inline Response limit_reply(const Request& request, const Profile& profile) {
  const std::uint64_t left = profile.daily_limit_cents - profile.spent_today_cents;
  if (request.amount_cents > left) return Response{request.id, 402, left};
  return Response{request.id, 200, left - request.amount_cents};
}

inline Response transfer_reply(const Request& request, std::uint64_t receipt) {
  return Response{request.id, 200, receipt};
}

// ---------------------------------------------------------------------------------------
// The gateway's runtime (event_loop.cpp).

namespace detail {
struct LoopState;
struct PendingReply;
}  // namespace detail

// The executor: ONE thread runs every task posted to it, one after another, in the order
// they were posted. Everything the gateway does for a request starts as a task on it, so
// while one task runs, every request that has arrived waits. A cheap handle: copy it to
// post from other threads; post() may be called from any thread. Tasks posted after the
// run has finished are dropped.
class EventLoop {
 public:
  void post(std::function<void()> task) const;
  bool on_loop_thread() const;  // is the calling thread the loop's thread?

 private:
  friend struct detail::LoopState;
  explicit EventLoop(std::shared_ptr<detail::LoopState> state) : state_(std::move(state)) {}
  std::shared_ptr<detail::LoopState> state_;
};

// Completes one request: send() records the response and the moment it was sent. A cheap
// handle: copy it wherever the answer will be known; send() may be called from any
// thread; only the first send() counts. If every copy is destroyed without a send() (or
// a task throws), the request is answered with status 500.
class Reply {
 public:
  void send(const Response& response) const;

 private:
  friend struct detail::LoopState;
  explicit Reply(std::shared_ptr<detail::PendingReply> pending) : pending_(std::move(pending)) {}
  std::shared_ptr<detail::PendingReply> pending_;
};

// Handles one request; runs on the event loop's thread when the request arrives.
using Handler = std::function<void(const Request& request, const EventLoop& loop, Reply reply)>;

class ServedLog;
// Runs the gateway for one burst: starts the event loop's thread, posts each request's
// handler to it at the request's arrival time (measured from the start of the call), and
// returns when every request has been answered and the loop's thread has been joined.
// The requests must be in order of arrival, with id equal to their index.
ServedLog run_gateway(const Workload& workload, const Handler& handler);

// What a run produced: responses()[i] answers request i; latencies_ms()[i] is the time
// from request i being queued on the loop to its reply being sent. Only run_gateway makes
// one.
class ServedLog {
 public:
  const std::vector<Response>& responses() const { return responses_; }
  const std::vector<double>& latencies_ms() const { return latencies_ms_; }

 private:
  friend ServedLog run_gateway(const Workload& workload, const Handler& handler);
  ServedLog(std::vector<Response> responses, std::vector<double> latencies_ms)
      : responses_(std::move(responses)), latencies_ms_(std::move(latencies_ms)) {}
  std::vector<Response> responses_;
  std::vector<double> latencies_ms_;
};

// Serves one burst of traffic: every request answered exactly as the baseline answers it,
// each after it arrives. Every thread started must have finished when serve returns.
namespace baseline {
ServedLog serve(const Workload& workload);
}
namespace solution {
ServedLog serve(const Workload& workload);
}

// The inputs the tests and the benchmark use: `count` requests arriving at random at
// 125,000 per second (exponential gaps, mean 8 us); 2.5% limit checks, 2.5% transfers, the
// rest fee quotes, from 500 users.
inline constexpr double kMeanGapUs = 8.0;
inline constexpr double kLimitCheckShare = 0.025;
inline constexpr double kTransferShare = 0.025;

inline Workload make_workload(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  Workload workload;
  workload.requests.reserve(count);
  double at_us = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const double u = rng.unit();
    at_us += -kMeanGapUs * std::log1p(-u);  // exponential gap
    const double pick = rng.unit();
    const Kind kind = pick < kLimitCheckShare                     ? Kind::limit_check
                      : pick < kLimitCheckShare + kTransferShare ? Kind::transfer
                                                                  : Kind::fee_quote;
    workload.requests.push_back(Request{static_cast<std::uint32_t>(i), kind,
                                        static_cast<std::uint32_t>(rng.between(1, 500)),
                                        static_cast<std::uint32_t>(rng.between(1, 5'000'000)),
                                        static_cast<std::uint32_t>(at_us)});
  }
  return workload;
}

}  // namespace kata::blocking_in_executor
