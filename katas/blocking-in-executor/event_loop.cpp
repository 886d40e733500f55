// The gateway's runtime: the event loop, the arrival pacing and the latency bookkeeping.
// Fixed (listed in kata.json's extra_sources): compiled on its own and linked with the
// baseline, your solution, the tests and the benchmark.
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <stop_token>

#include "kata.hpp"

namespace kata::blocking_in_executor {
namespace detail {

using Clock = std::chrono::steady_clock;

// Everything a run records, shared by the run and every outstanding Reply.
struct Record {
  explicit Record(std::size_t n) : responses(n), latencies_ms(n, 0.0), queued(n) {}
  std::vector<Response> responses;
  std::vector<double> latencies_ms;
  std::vector<Clock::time_point> queued;  // written by the driver before the request is posted
  std::mutex mutex;
  std::condition_variable all_answered;
  std::size_t answered = 0;  // guarded by mutex
};

struct PendingReply {
  PendingReply(std::shared_ptr<Record> record, std::uint32_t id) : record(std::move(record)), id(id) {}
  PendingReply(const PendingReply&) = delete;
  PendingReply& operator=(const PendingReply&) = delete;
  ~PendingReply() {
    if (!sent.exchange(true)) complete(Response{id, 500, 0});  // dropped: answered as an error
  }
  void complete(const Response& response) {
    const Clock::time_point now = Clock::now();
    std::lock_guard lock(record->mutex);
    record->responses[id] = response;
    record->responses[id].id = id;
    record->latencies_ms[id] = std::chrono::duration<double, std::milli>(now - record->queued[id]).count();
    if (++record->answered == record->responses.size()) record->all_answered.notify_all();
  }
  std::shared_ptr<Record> record;
  std::uint32_t id;
  std::atomic<bool> sent{false};
};

struct LoopState : std::enable_shared_from_this<LoopState> {
  std::mutex mutex;
  std::condition_variable_any wake;
  std::deque<std::function<void()>> tasks;  // guarded by mutex
  bool open = true;                         // guarded by mutex: false once the run is over
  std::thread::id thread;                   // set before the first task is posted

  EventLoop handle() { return EventLoop(shared_from_this()); }
  static Reply make_reply(std::shared_ptr<Record> record, std::uint32_t id) {
    return Reply(std::make_shared<PendingReply>(std::move(record), id));
  }

  void run(std::stop_token stop) {
    for (;;) {
      std::function<void()> task;
      {
        std::unique_lock lock(mutex);
        if (!wake.wait(lock, stop, [this] { return !tasks.empty(); })) return;
        task = std::move(tasks.front());
        tasks.pop_front();
      }
      try {
        task();
      } catch (...) {
        // A handler that throws has answered nothing: its Reply, destroyed while the
        // exception unwound, has already answered 500. The loop carries on.
      }
    }
  }
};

}  // namespace detail

void EventLoop::post(std::function<void()> task) const {
  std::lock_guard lock(state_->mutex);
  if (!state_->open) return;  // the run is over: dropped (destroyed when the handle's state is)
  state_->tasks.push_back(std::move(task));
  state_->wake.notify_one();
}

bool EventLoop::on_loop_thread() const { return std::this_thread::get_id() == state_->thread; }

void Reply::send(const Response& response) const {
  if (!pending_->sent.exchange(true)) pending_->complete(response);
}

ServedLog run_gateway(const Workload& workload, const Handler& handler) {
  using detail::Clock;
  const std::size_t n = workload.requests.size();
  auto record = std::make_shared<detail::Record>(n);
  auto state = std::make_shared<detail::LoopState>();
  const EventLoop loop = state->handle();
  {
    std::jthread loop_thread;
    // However this block is left, the loop is closed and its thread joined (the jthread's
    // destructor asks it to stop, then joins).
    struct CloseOnExit {
      detail::LoopState& state;
      ~CloseOnExit() {
        std::lock_guard lock(state.mutex);
        state.open = false;
      }
    } close_on_exit{*state};
    loop_thread = std::jthread([&state = *state](std::stop_token stop) { state.run(stop); });
    state->thread = loop_thread.get_id();  // read only by tasks, which are posted after this

    // The network: each request is queued on the loop when it arrives. Requests whose time
    // has come are posted together (as a poller hands over every ready socket).
    const Clock::time_point start = Clock::now();
    for (const Request& request : workload.requests) {
      const Clock::time_point due = start + std::chrono::microseconds(request.arrival_us);
      if (Clock::now() < due) std::this_thread::sleep_until(due);
      Reply reply = detail::LoopState::make_reply(record, request.id);
      record->queued[request.id] = Clock::now();
      loop.post([&handler, &request, &loop, reply = std::move(reply)] { handler(request, loop, reply); });
    }

    std::unique_lock lock(record->mutex);
    record->all_answered.wait(lock, [&] { return record->answered == n; });
  }
  std::lock_guard lock(record->mutex);
  return ServedLog(std::move(record->responses), std::move(record->latencies_ms));
}

}  // namespace kata::blocking_in_executor
