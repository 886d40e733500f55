// Reference: the event loop only ever runs short tasks. The two handlers that call a
// synchronous database client (the accounts lookup, the audit log's fsync) hand that call
// to a small pool of blocking threads and return at once; when the call comes back, the
// pool posts the cheap rest of the work (building the reply) back to the loop.
//
// Why it is faster: in the baseline the loop's one thread sleeps ~0.3 ms inside every
// limit check and transfer -- 4% of the requests, ~1.4 ms of blocking per 1 ms of traffic
// -- so the loop falls behind and every request that arrives waits in its queue: the
// latency of the 99th percentile grows to tens of milliseconds. Here the loop spends a
// few microseconds per request, so a fee quote is answered within microseconds, and a
// limit check or transfer takes its round trip and no more; the sleeping happens on pool
// threads, which need no CPU while they wait.
#include <condition_variable>
#include <deque>
#include <mutex>
#include <stop_token>

#include "kata.hpp"

namespace kata::blocking_in_executor::solution {

namespace {

// Threads that do nothing but wait on the databases: more than the ~1.5 calls in flight
// on average, so that bursts rarely queue. They use no CPU while they wait.
constexpr std::size_t kBlockingThreads = 8;

// A fixed set of threads running blocking calls from a FIFO queue. The destructor stops and
// joins them (std::jthread), on every path; jobs still queued then are dropped.
class BlockingPool {
 public:
  explicit BlockingPool(std::size_t threads) {
    workers_.reserve(threads);
    for (std::size_t i = 0; i < threads; ++i)
      workers_.emplace_back([this](std::stop_token stop) { work(stop); });
  }
  BlockingPool(const BlockingPool&) = delete;
  BlockingPool& operator=(const BlockingPool&) = delete;
  ~BlockingPool() {
    for (std::jthread& worker : workers_) worker.request_stop();
    workers_.clear();  // joins; the queue is destroyed after every worker has finished
  }

  void submit(std::function<void()> job) {
    {
      std::lock_guard lock(mutex_);
      jobs_.push_back(std::move(job));
    }
    ready_.notify_one();
  }

 private:
  void work(std::stop_token stop) {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock lock(mutex_);
        if (!ready_.wait(lock, stop, [this] { return !jobs_.empty(); })) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      job();  // a job that throws would end the program: the jobs below do not throw
    }
  }

  std::mutex mutex_;
  std::condition_variable_any ready_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::jthread> workers_;  // last: joined before the queue and mutex go away
};

}  // namespace

ServedLog serve(const Workload& workload) {
  BlockingPool pool(kBlockingThreads);  // outlives the run; joined when serve returns or throws
  return run_gateway(workload, [&pool](const Request& request, const EventLoop&, Reply reply) {
    switch (request.kind) {
      case Kind::fee_quote:  // a few microseconds of computing: fine on the loop
        reply.send(quote_reply(request));
        break;
      case Kind::limit_check:
        pool.submit([request, reply] {
          reply.send(limit_reply(request, accounts::load_profile(request.user)));  // blocks a pool thread
        });
        break;
      case Kind::transfer:
        pool.submit([request, reply] {
          reply.send(transfer_reply(request, audit::append(request)));  // blocks a pool thread
        });
        break;
    }
  });
}

}  // namespace kata::blocking_in_executor::solution
