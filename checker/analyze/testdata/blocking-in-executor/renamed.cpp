// Detector fixture: the baseline's blocking calls on the event loop with other names -- a
// named handler function for limit checks (reached through a using-declaration), a lambda
// kept in a variable for transfers, if/else instead of a switch. The
// blocking-call-on-event-loop detector must fire on both calls.
#include "kata.hpp"

namespace kata::blocking_in_executor::solution {

namespace {

using accounts::load_profile;

void on_limit_check(const Request& req, Reply done) {
  const auto who = load_profile(req.user);
  done.send(limit_reply(req, who));
}

}  // namespace

ServedLog serve(const Workload& burst) {
  auto on_transfer = [](const Request& req, Reply done) { done.send(transfer_reply(req, audit::append(req))); };
  auto dispatch = [&on_transfer](const Request& req, const EventLoop&, Reply done) {
    if (req.kind == Kind::limit_check) {
      on_limit_check(req, done);
    } else if (req.kind == Kind::transfer) {
      on_transfer(req, done);
    } else {
      done.send(quote_reply(req));
    }
  };
  return run_gateway(burst, dispatch);
}

}  // namespace kata::blocking_in_executor::solution
