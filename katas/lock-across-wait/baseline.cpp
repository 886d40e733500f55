// The checkout service's reservation step as it was first written: four request-handler
// threads share one reservation table behind one mutex, and each handler keeps the mutex
// locked for the whole request -- including the two round trips to the pricing service and
// the warehouse. Never edited: the checker measures your solution against it.
#include <algorithm>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "kata.hpp"

namespace kata::lock_across_wait::baseline {

namespace {

// One product's entry in the reservation table: where to ask, and the totals so far.
struct Entry {
  std::uint32_t price_list = 0;
  std::uint32_t warehouse = 0;
  std::int64_t orders = 0;
  std::int64_t units_held = 0;
  std::int64_t units_backordered = 0;
  std::int64_t value_cents = 0;
};

// The table every handler reads and updates: one mutex guards it.
struct ReservationTable {
  std::mutex mutex;
  std::unordered_map<std::string, Entry> entries;
};

// One handler thread: requests first, first + stride, first + 2 x stride, ...
void handle_requests(const std::vector<Request>& requests, std::size_t first,
                     std::size_t stride, ReservationTable& table,
                     std::vector<Confirmation>& confirmations) {
  for (std::size_t i = first; i < requests.size(); i += stride) {
    const Request& request = requests[i];
    // Lock the table for the whole request, so that nobody changes the entry under us.
    std::lock_guard<std::mutex> lock(table.mutex);
    const auto found = table.entries.find(request.sku);
    if (found == table.entries.end()) {
      confirmations[i] = Confirmation{Status::unknown_sku, 0, 0, 0};
      continue;
    }
    Entry& entry = found->second;
    const std::int64_t unit_price = services::fetch_price(entry.price_list, request.sku);
    const std::int32_t held = services::hold_stock(entry.warehouse, request.sku, request.quantity);
    entry.orders += 1;
    entry.units_held += held;
    entry.units_backordered += request.quantity - held;
    entry.value_cents += held * unit_price;
    confirmations[i] = Confirmation{Status::reserved, unit_price, held, request.quantity - held};
  }
}

// The batch report lists products by sku. Copies and sorts 40 entries once per batch:
// microseconds, not worth touching.
std::vector<StockLine> inventory_report(const std::unordered_map<std::string, Entry>& entries) {
  std::vector<StockLine> lines;
  for (const auto& [sku, entry] : entries)
    lines.push_back(StockLine{sku, entry.orders, entry.units_held, entry.units_backordered,
                              entry.value_cents});
  std::sort(lines.begin(), lines.end(),
            [](const StockLine& a, const StockLine& b) { return a.sku < b.sku; });
  return lines;
}

}  // namespace

Outcome reserve_batch(const Batch& batch) {
  ReservationTable table;
  for (const Product& product : batch.catalogue)
    table.entries.emplace(product.sku, Entry{product.price_list, product.warehouse});

  std::vector<Confirmation> confirmations(batch.requests.size());
  {
    // std::jthread joins in its destructor: every handler has finished when this block
    // ends -- also when starting a later one throws.
    std::vector<std::jthread> handlers;
    handlers.reserve(kHandlers);
    for (std::size_t h = 0; h < kHandlers; ++h)
      handlers.emplace_back(handle_requests, std::cref(batch.requests), h, kHandlers,
                            std::ref(table), std::ref(confirmations));
  }
  return Outcome{std::move(confirmations), inventory_report(table.entries)};
}

}  // namespace kata::lock_across_wait::baseline
