// Your file: make serve fast. It starts as a copy of baseline.cpp.
// `kata check blocking-in-executor` builds it, tests it against the baseline and measures it.
#include "kata.hpp"

namespace kata::blocking_in_executor::solution {

ServedLog serve(const Workload& workload) {
  // run_gateway starts the loop's thread and joins it before it returns, on every path.
  return run_gateway(workload, [](const Request& request, const EventLoop&, Reply reply) {
    switch (request.kind) {
      case Kind::fee_quote:
        reply.send(quote_reply(request));
        break;
      case Kind::limit_check: {
        const Profile profile = accounts::load_profile(request.user);  // waits for the DB
        reply.send(limit_reply(request, profile));
        break;
      }
      case Kind::transfer: {
        const std::uint64_t receipt = audit::append(request);  // waits for the fsync
        reply.send(transfer_reply(request, receipt));
        break;
      }
    }
  });
}

}  // namespace kata::blocking_in_executor::solution
