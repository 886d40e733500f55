#pragma once
// lock-across-wait: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file -- including the
// simulated remote services below, so they cannot be made faster from here.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "kata/random.hpp"

namespace kata::lock_across_wait {

// One product the shop sells: its stock-keeping unit, the price list it is priced from and
// the warehouse that ships it.
struct Product {
  std::string sku;              // e.g. "SKU-04217"
  std::uint32_t price_list = 0;  // which price list the pricing service uses for it
  std::uint32_t warehouse = 0;   // which warehouse holds its stock
};

// One checkout request: reserve `quantity` units of `sku`.
struct Request {
  std::string sku;
  std::int32_t quantity = 0;  // >= 0
};

// A batch of checkout requests against the shop's catalogue (distinct skus).
struct Batch {
  std::vector<Product> catalogue;
  std::vector<Request> requests;
};

// The answer to one request. An unknown sku is rejected without asking any service.
enum class Status : std::uint8_t { reserved, unknown_sku };

struct Confirmation {
  Status status = Status::unknown_sku;
  std::int64_t unit_price_cents = 0;  // from services::fetch_price
  std::int32_t held = 0;              // units the warehouse put on hold
  std::int32_t backordered = 0;       // quantity - held
  friend bool operator==(const Confirmation&, const Confirmation&) = default;
};

// The reservation table's totals for one product after the batch.
struct StockLine {
  std::string sku;
  std::int64_t orders = 0;             // requests reserved against it
  std::int64_t units_held = 0;         // sum of held
  std::int64_t units_backordered = 0;  // sum of backordered
  std::int64_t value_cents = 0;        // sum of held x unit price
  friend bool operator==(const StockLine&, const StockLine&) = default;
};

// What reserve_batch returns: one confirmation per request (same order as the requests)
// and one line per catalogue product, sorted by sku.
struct Outcome {
  std::vector<Confirmation> confirmations;
  std::vector<StockLine> inventory;
  friend bool operator==(const Outcome&, const Outcome&) = default;
};

// The checkout service runs this many request-handler threads; keep it that way.
inline constexpr std::size_t kHandlers = 4;

// The simulated remote services. Every call is one network round trip: the calling thread
// waits (sleeping, not computing) and then gets the answer, which depends on the arguments
// only. Both services take any number of concurrent requests, from any threads.
namespace services {

inline constexpr std::chrono::microseconds kPriceRoundTrip{150};
inline constexpr std::chrono::microseconds kHoldRoundTrip{450};

// Every request made, and the requests under way right now (the tests read these).
inline std::atomic<std::uint64_t> price_requests{0};
inline std::atomic<std::uint64_t> hold_requests{0};
inline std::atomic<int> requests_in_flight{0};

inline std::uint64_t fnv1a(std::uint64_t salt, const std::string& text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL ^ (salt * 0x9e3779b97f4a7c15ULL);
  for (char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return hash;
}

// The pricing service: the unit price of `sku` on `price_list`, in cents.
inline std::int64_t fetch_price(std::uint32_t price_list, const std::string& sku) {
  price_requests.fetch_add(1, std::memory_order_relaxed);
  requests_in_flight.fetch_add(1, std::memory_order_relaxed);
  std::this_thread::sleep_for(kPriceRoundTrip);
  requests_in_flight.fetch_sub(1, std::memory_order_relaxed);
  kata::random::Rng rng(fnv1a(price_list, sku));
  return rng.between(199, 99'999);  // $1.99 .. $999.99
}

// The warehouse: puts up to `quantity` units of `sku` on hold for one order and returns how
// many it held (it holds at most a per-product number of units per order; the rest is
// backordered).
inline std::int32_t hold_stock(std::uint32_t warehouse, const std::string& sku,
                               std::int32_t quantity) {
  hold_requests.fetch_add(1, std::memory_order_relaxed);
  requests_in_flight.fetch_add(1, std::memory_order_relaxed);
  std::this_thread::sleep_for(kHoldRoundTrip);
  requests_in_flight.fetch_sub(1, std::memory_order_relaxed);
  const auto per_order_cap = static_cast<std::int32_t>(fnv1a(1000 + warehouse, sku) % 8 + 1);
  return std::clamp<std::int32_t>(quantity, 0, per_order_cap);
}

}  // namespace services

// Handles the batch with kHandlers request-handler threads sharing one reservation table
// (one entry per catalogue product, all totals zero at the start of the call). For every
// request with a known sku: one fetch_price (the product's price list) and one hold_stock
// (the product's warehouse), made during this call -- prices and stock move, so no answer
// may be reused for another request or kept across calls -- then the request's totals are
// added to its product's entry. Every handler has finished when the call returns.
namespace baseline {
Outcome reserve_batch(const Batch& batch);
}
namespace solution {
Outcome reserve_batch(const Batch& batch);
}

// The inputs the tests and the benchmark use: a catalogue of 40 products (8 price lists, 3
// warehouses) and `count` requests drawn from `seed`. Popular products get most requests
// (as in a real shop: a few best-sellers in every other order); about 3% of requests name a
// sku the catalogue does not have; quantities 1-6.
inline Batch make_batch(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  Batch batch;
  std::unordered_set<std::string> used;
  while (batch.catalogue.size() < 40) {
    std::string sku = "SKU-" + std::to_string(rng.between(10000, 99999));
    if (!used.insert(sku).second) continue;
    batch.catalogue.push_back(Product{std::move(sku), static_cast<std::uint32_t>(rng.between(0, 7)),
                                      static_cast<std::uint32_t>(rng.between(0, 2))});
  }
  batch.requests.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    Request request;
    if (rng.chance(0.03)) {
      request.sku = "SKU-" + std::to_string(rng.between(100000, 999999));  // not in the catalogue
    } else {
      // Skewed popularity: the product's index is the smallest of three uniform draws.
      std::size_t index = static_cast<std::size_t>(rng.next() % batch.catalogue.size());
      for (int d = 0; d < 2; ++d)
        index = std::min(index, static_cast<std::size_t>(rng.next() % batch.catalogue.size()));
      request.sku = batch.catalogue[index].sku;
    }
    request.quantity = static_cast<std::int32_t>(rng.between(1, 6));
    batch.requests.push_back(std::move(request));
  }
  return batch;
}

}  // namespace kata::lock_across_wait
