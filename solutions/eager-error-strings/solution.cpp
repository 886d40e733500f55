// Reference: the rule is tested first and its message is built only when the rule is
// broken. A request that passes every rule (~97% of them) used to build five messages of
// 60-90 characters, three or four heap allocations each, only to throw them all away; now
// it builds none, and the time per request is the booking itself. The messages are
// exactly the baseline's, built by the same expressions, on the failure path.
#include "kata.hpp"

namespace kata::eager_error_strings::solution {

namespace {

// The fare table's column for a fare class, -1 for a class the airline does not sell.
int fare_column(char fare_class) {
  switch (fare_class) {
    case 'Y': return 0;
    case 'W': return 1;
    case 'J': return 2;
    default: return -1;
  }
}

// The line the gateway logs for every batch. Once per batch: not worth touching.
std::string summarise(std::size_t requests, const BatchResult& result) {
  return std::to_string(requests) + " requests: " + std::to_string(result.confirmed.size()) +
         " confirmed, " + std::to_string(result.rejections.size()) + " rejected";
}

}  // namespace

BatchResult process_bookings(const BookingBatch& batch) {
  BatchResult result;
  result.seats_left.reserve(batch.flights.size());
  for (const Flight& flight : batch.flights) result.seats_left.push_back(flight.seats_left);
  result.confirmed.reserve(batch.requests.size());

  std::vector<std::string>& rejections = result.rejections;
  for (std::size_t position = 0; position < batch.requests.size(); ++position) {
    const BookingRequest& request = batch.requests[position];
    if (request.flight >= batch.flights.size()) {
      rejections.push_back(request.reference + ": no flight #" + std::to_string(request.flight) +
                           " in this batch");
      continue;
    }
    const Flight& flight = batch.flights[request.flight];
    std::int32_t& seats_left = result.seats_left[request.flight];

    if (request.seats < 1 || request.seats > 9) {
      rejections.push_back(request.reference + ": " + std::to_string(request.seats) +
                           " seats requested on " + flight.number + " " + flight.date +
                           "; a booking takes 1 to 9");
      continue;
    }
    const int column = fare_column(request.fare_class);
    if (column < 0) {
      rejections.push_back(request.reference + ": fare class '" + request.fare_class +
                           "' is not sold on " + flight.number + " " + flight.date);
      continue;
    }
    if (request.passenger.empty() || request.passenger.size() > 40) {
      rejections.push_back(request.reference + ": passenger name of " +
                           std::to_string(request.passenger.size()) + " characters on " +
                           flight.number + " " + flight.date + "; 1 to 40 allowed");
      continue;
    }
    if (request.seats > seats_left) {
      rejections.push_back(request.reference + ": " + std::to_string(request.seats) +
                           " seats requested on " + flight.number + " " + flight.date + ", only " +
                           std::to_string(seats_left) + " left");
      continue;
    }

    seats_left -= request.seats;
    result.confirmed.push_back(Confirmation{
        .request = static_cast<std::uint32_t>(position),
        .locator = record_locator(request.reference, result.confirmed.size()),
        .flight = request.flight,
        .seats = request.seats,
        .price_cents = request.seats * (flight.fare_cents[static_cast<std::size_t>(column)] + flight.tax_cents),
    });
  }
  result.summary = summarise(batch.requests.size(), result);
  return result;
}

}  // namespace kata::eager_error_strings::solution
