#pragma once
// eager-error-strings: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kata/random.hpp"

namespace kata::eager_error_strings {

// One flight on sale in a batch.
struct Flight {
  std::string number;  // e.g. "LH2034"
  std::string date;    // e.g. "2024-07-15"
  std::int32_t seats_left = 0;
  std::array<std::int64_t, 3> fare_cents{};  // per seat, by fare class: 'Y', 'W', 'J'
  std::int64_t tax_cents = 0;                // airport charges per seat
};

// One booking request from a travel agency.
struct BookingRequest {
  std::string reference;     // the agency's request id, e.g. "AGY-20240715-0004217"
  std::uint32_t flight = 0;  // index into the batch's flights
  std::string passenger;     // e.g. "NGUYEN/LIAM MR"
  std::int32_t seats = 0;
  char fare_class = 'Y';
};

// What the booking engine receives every few seconds from the agencies' gateway.
struct BookingBatch {
  std::vector<Flight> flights;
  std::vector<BookingRequest> requests;
};

struct Confirmation {
  std::uint32_t request = 0;  // the request's position in the batch
  std::string locator;        // record_locator(its reference, number of confirmations before it)
  std::uint32_t flight = 0;
  std::int32_t seats = 0;
  std::int64_t price_cents = 0;  // seats * (fare of the class + tax)
  bool operator==(const Confirmation&) const = default;
};

struct BatchResult {
  std::vector<Confirmation> confirmed;   // in request order
  std::vector<std::string> rejections;   // one message per rejected request, in request order
  std::vector<std::int32_t> seats_left;  // per flight, after the batch
  std::string summary;                   // "<n> requests: <c> confirmed, <r> rejected"
  bool operator==(const BatchResult&) const = default;
};

// The six-character record locator the airline's reservation system shows the passenger:
// a hash of the request's reference and the confirmation's sequence number, in an alphabet
// without the look-alikes 0/O and 1/I. Part of booking, not yours to change.
inline std::string record_locator(std::string_view reference, std::size_t sequence) {
  static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::uint64_t hash = 0xcbf29ce484222325ULL ^ (sequence * 0x9e3779b97f4a7c15ULL);
  for (const char c : reference) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  std::string locator(6, ' ');
  for (char& c : locator) {
    c = kAlphabet[hash % 32];
    hash /= 32;
  }
  return locator;
}

// Processes the requests in order. A request is rejected by the first of these rules it
// breaks, with exactly this message (<ref> is its reference, <flight> the flight's
// "<number> <date>"):
//   1. its flight exists:           "<ref>: no flight #<index> in this batch"
//   2. 1 <= seats <= 9:             "<ref>: <seats> seats requested on <flight>; a booking takes 1 to 9"
//   3. fare class 'Y', 'W' or 'J':  "<ref>: fare class '<class>' is not sold on <flight>"
//   4. a passenger name of 1 to 40 characters:
//                                   "<ref>: passenger name of <length> characters on <flight>; 1 to 40 allowed"
//   5. enough seats left:           "<ref>: <seats> seats requested on <flight>, only <left> left"
// Otherwise it is confirmed: the flight's seats_left drops by its seats.
namespace baseline {
BatchResult process_bookings(const BookingBatch& batch);
}
namespace solution {
BatchResult process_bookings(const BookingBatch& batch);
}

// The inputs the tests and the benchmark use: `requests` requests drawn from `seed`, for a
// flight per 40 requests. Most requests are fine; about 3% are rejected: flights that sell
// out, and the odd request with no such flight, a party of 0 or of more than 9, a fare
// class the flight does not sell, or a missing or overlong passenger name.
inline BookingBatch make_batch(std::size_t requests, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  static const std::vector<std::string> airlines = {"LH", "AF", "BA", "KL", "IB", "AZ", "SK", "LX"};
  static const std::vector<std::string> surnames = {
      "NGUYEN", "MUELLER", "GARCIA", "ROSSI", "JOHANSSON", "FERNANDEZ", "O'BRIEN", "KOWALSKA",
      "DUBOIS", "VAN DER BERG", "PAPADOPOULOS", "SMITH"};
  static const std::vector<std::string> given = {"LIAM MR", "ANNA MS", "JUAN MR", "GIULIA MRS",
                                                 "SVEN MR", "ALEJANDRA MRS", "NIAMH MS", "PIOTR MR"};
  const auto two_digits = [](std::int64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); };

  BookingBatch batch;
  const std::size_t flights = requests / 40 + 1;
  batch.flights.reserve(flights);
  for (std::size_t f = 0; f < flights; ++f) {
    Flight flight;
    flight.number = rng.pick(airlines) + std::to_string(rng.between(100, 9999));
    flight.date = "2024-07-" + two_digits(rng.between(1, 31));
    flight.seats_left = static_cast<std::int32_t>(rng.between(70, 160));
    const std::int64_t economy = rng.between(4'900, 39'900);
    flight.fare_cents = {economy, economy * 9 / 5, economy * 4};
    flight.tax_cents = rng.between(1'500, 6'500);
    batch.flights.push_back(std::move(flight));
  }

  static const std::string kClasses = "YYYYYYYYYYYYYYYWWWWJJ";  // 70% Y, 20% W, 10% J
  const std::int64_t first_number = rng.between(0, 5'000'000);
  batch.requests.reserve(requests);
  for (std::size_t i = 0; i < requests; ++i) {
    BookingRequest request;
    std::string number = std::to_string(first_number + static_cast<std::int64_t>(i));
    request.reference = "AGY-202407" + two_digits(rng.between(1, 31)) + "-" +
                        std::string(7 - number.size(), '0') + number;
    request.flight = static_cast<std::uint32_t>(rng.between(0, static_cast<std::int64_t>(flights) - 1));
    const double party = rng.unit();
    request.seats = party < 0.45 ? 1 : party < 0.75 ? 2 : party < 0.87 ? 3 : party < 0.97 ? 4
                                                                            : static_cast<std::int32_t>(rng.between(5, 9));
    request.fare_class = kClasses[static_cast<std::size_t>(rng.next() % kClasses.size())];
    request.passenger = rng.pick(surnames) + "/" + rng.pick(given);
    const double odd = rng.unit();  // the odd malformed request
    if (odd < 0.002) {
      request.flight = static_cast<std::uint32_t>(flights + static_cast<std::size_t>(rng.between(0, 5)));
    } else if (odd < 0.005) {
      request.seats = rng.chance(0.5) ? 0 : static_cast<std::int32_t>(rng.between(10, 12));
    } else if (odd < 0.008) {
      request.fare_class = rng.chance(0.5) ? 'F' : 'y';
    } else if (odd < 0.010) {
      request.passenger = rng.chance(0.5) ? std::string() : std::string(45, 'X') + "/A MR";
    }
    batch.requests.push_back(std::move(request));
  }
  return batch;
}

}  // namespace kata::eager_error_strings
