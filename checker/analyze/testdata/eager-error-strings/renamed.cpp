// Detector fixture: the baseline's eager messages with other names, an index loop, a
// helper that takes the sink first and the message by value, and messages of one `+` or
// none (std::to_string alone). The eager-message detector must still fire.
#include "kata.hpp"

namespace kata::eager_error_strings::solution {

namespace {

bool require(std::vector<std::string>& sink, bool ok, std::string why) {
  if (!ok) sink.push_back(std::move(why));
  return ok;
}

}  // namespace

BatchResult process_bookings(const BookingBatch& in) {
  BatchResult out;
  for (const Flight& f : in.flights) out.seats_left.push_back(f.seats_left);
  std::size_t k = 0;
  while (k < in.requests.size()) {
    const BookingRequest& r = in.requests[k++];
    const bool known = r.flight < in.flights.size();
    if (!require(out.rejections, known, std::to_string(r.flight))) continue;
    const Flight& f = in.flights[r.flight];
    if (!require(out.rejections, r.seats > 0 && r.seats < 10, r.reference + " bad party")) continue;
    if (!require(out.rejections, r.seats <= out.seats_left[r.flight],
                 r.reference + ": " + std::to_string(r.seats) + " seats requested on " + f.number)) {
      continue;
    }
    out.seats_left[r.flight] -= r.seats;
    out.confirmed.push_back({static_cast<std::uint32_t>(k - 1), record_locator(r.reference, out.confirmed.size()),
                             r.flight, r.seats, r.seats * (f.fare_cents[0] + f.tax_cents)});
  }
  return out;
}

}  // namespace kata::eager_error_strings::solution
