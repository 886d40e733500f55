// Your file: make process_bookings fast. It starts as a copy of baseline.cpp.
// `kata check eager-error-strings` builds it, tests it against the baseline and measures it.
#include "kata.hpp"

namespace kata::eager_error_strings::solution {

namespace {

// Records `message` as the request's rejection when the rule does not hold.
bool check(bool rule_holds, const std::string& message, std::vector<std::string>& rejections) {
  if (!rule_holds) rejections.push_back(message);
  return rule_holds;
}

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

  for (std::size_t position = 0; position < batch.requests.size(); ++position) {
    const BookingRequest& request = batch.requests[position];
    if (!check(request.flight < batch.flights.size(),
               request.reference + ": no flight #" + std::to_string(request.flight) + " in this batch",
               result.rejections))
      continue;
    const Flight& flight = batch.flights[request.flight];
    std::int32_t& seats_left = result.seats_left[request.flight];

    if (!check(request.seats >= 1 && request.seats <= 9,
               request.reference + ": " + std::to_string(request.seats) + " seats requested on " +
                   flight.number + " " + flight.date + "; a booking takes 1 to 9",
               result.rejections))
      continue;
    const int column = fare_column(request.fare_class);
    if (!check(column >= 0,
               request.reference + ": fare class '" + request.fare_class + "' is not sold on " +
                   flight.number + " " + flight.date,
               result.rejections))
      continue;
    if (!check(!request.passenger.empty() && request.passenger.size() <= 40,
               request.reference + ": passenger name of " + std::to_string(request.passenger.size()) +
                   " characters on " + flight.number + " " + flight.date + "; 1 to 40 allowed",
               result.rejections))
      continue;
    if (!check(request.seats <= seats_left,
               request.reference + ": " + std::to_string(request.seats) + " seats requested on " +
                   flight.number + " " + flight.date + ", only " + std::to_string(seats_left) + " left",
               result.rejections))
      continue;

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
