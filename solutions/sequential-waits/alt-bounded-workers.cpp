// Alternative: a bounded number of in-flight requests. kMaxInFlight worker threads take
// the next unrequested position from a shared counter until none is left -- what a client
// does when the service limits concurrent connections. A portfolio of n positions costs
// about ceil(n / kMaxInFlight) round trips.
#include <algorithm>
#include <atomic>
#include <exception>
#include <optional>
#include <thread>

#include "kata.hpp"

namespace kata::sequential_waits::solution {

namespace {

constexpr std::size_t kMaxInFlight = 16;

std::vector<Position> sorted_by_symbol(const std::vector<Position>& positions) {
  std::vector<Position> sorted = positions;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Position& a, const Position& b) { return a.symbol < b.symbol; });
  return sorted;
}

struct Slot {
  std::optional<Quote> quote;
  std::exception_ptr error;
};

}  // namespace

Valuation value_portfolio(const std::vector<Position>& positions) {
  const std::vector<Position> sorted = sorted_by_symbol(positions);
  std::vector<Slot> slots(sorted.size());
  {
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
      for (std::size_t i; (i = next.fetch_add(1)) < sorted.size();) {
        try {
          slots[i].quote = market_data::fetch_quote(sorted[i].symbol);
        } catch (...) {
          slots[i].error = std::current_exception();
        }
      }
    };
    std::vector<std::jthread> workers;  // joined when this block ends, however it ends
    const std::size_t count = std::min(kMaxInFlight, sorted.size());
    workers.reserve(count);
    for (std::size_t w = 0; w < count; ++w) workers.emplace_back(worker);
  }

  Valuation valuation;
  valuation.lines.reserve(sorted.size());
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (slots[i].error) std::rethrow_exception(slots[i].error);
    const Position& position = sorted[i];
    const Quote& quote = *slots[i].quote;
    const std::int64_t mark = position.quantity >= 0 ? quote.bid_cents : quote.ask_cents;
    valuation.lines.push_back(
        Line{position.symbol, position.quantity, quote, mark, position.quantity * mark});
    valuation.total_cents += valuation.lines.back().value_cents;
  }
  return valuation;
}

}  // namespace kata::sequential_waits::solution
