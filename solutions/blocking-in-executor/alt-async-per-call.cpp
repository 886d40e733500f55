// Alternative: no pool -- each blocking call gets a std::async thread of its own, and that
// thread sends the reply itself. The loop's handler only starts the thread (~50 us here,
// still far shorter than the 0.25 ms round trip it no longer waits for) and returns. The
// futures are kept in a vector that only the loop's thread touches, declared before the
// run: when serve returns or throws, destroying them waits for every thread.
// Fine for a few hundred calls per burst; a pool (the reference) bounds the number of
// threads and does not pay a thread start per call.
#include <future>

#include "kata.hpp"

namespace kata::blocking_in_executor::solution {

ServedLog serve(const Workload& workload) {
  std::vector<std::future<void>> in_flight;  // touched only on the loop's thread, until the run ends
  return run_gateway(workload, [&in_flight](const Request& request, const EventLoop&, Reply reply) {
    switch (request.kind) {
      case Kind::fee_quote:
        reply.send(quote_reply(request));
        break;
      case Kind::limit_check:
        in_flight.push_back(std::async(std::launch::async, [request, reply] {
          reply.send(limit_reply(request, accounts::load_profile(request.user)));
        }));
        break;
      case Kind::transfer:
        in_flight.push_back(std::async(std::launch::async, [request, reply] {
          reply.send(transfer_reply(request, audit::append(request)));
        }));
        break;
    }
  });
}

}  // namespace kata::blocking_in_executor::solution
