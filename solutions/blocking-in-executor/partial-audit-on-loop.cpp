// Partial fix: the accounts lookup (limit checks) moves to a blocking pool, but transfers
// still append to the audit log -- and wait for its fsync -- on the event loop's thread
// ("the audit log is written in request order, keep it on the loop"). Half the blocking
// is gone, but the loop still sleeps ~0.25 ms for every transfer, so requests still queue
// behind it and the tail latency stays in the milliseconds.
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
      case Kind::fee_quote:
        reply.send(quote_reply(request));
        break;
      case Kind::limit_check:
        pool.submit([request, reply] {
          reply.send(limit_reply(request, accounts::load_profile(request.user)));  // blocks a pool thread
        });
        break;
      case Kind::transfer: {
        const std::uint64_t receipt = audit::append(request);  // still blocks the loop
        reply.send(transfer_reply(request, receipt));
        break;
      }
    }
  });
}

}  // namespace kata::blocking_in_executor::solution
