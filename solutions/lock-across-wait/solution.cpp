// Reference: the mutex covers only what touches the shared table -- finding the entry and
// copying where to ask (price list, warehouse), and later adding the request's totals --
// and is released across the two round trips. The baseline held it for the whole request,
// so one handler waited for the network while the other three waited for the lock: the
// batch cost the sum of all round trips. Now the four handlers' waits overlap and the batch
// costs about a quarter of that. Adding deltas under the second lock is correct however
// the handlers interleave (addition commutes); the entry is looked up again rather than
// written back from a copy taken before the wait, which would lose other handlers' updates.
#include <algorithm>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "kata.hpp"

namespace kata::lock_across_wait::solution {

namespace {

struct Entry {
  std::uint32_t price_list = 0;
  std::uint32_t warehouse = 0;
  std::int64_t orders = 0;
  std::int64_t units_held = 0;
  std::int64_t units_backordered = 0;
  std::int64_t value_cents = 0;
};

struct ReservationTable {
  std::mutex mutex;
  std::unordered_map<std::string, Entry> entries;
};

// What the remote calls need from the table, copied out under the lock.
struct Route {
  std::uint32_t price_list = 0;
  std::uint32_t warehouse = 0;
};

void handle_requests(const std::vector<Request>& requests, std::size_t first,
                     std::size_t stride, ReservationTable& table,
                     std::vector<Confirmation>& confirmations) {
  for (std::size_t i = first; i < requests.size(); i += stride) {
    const Request& request = requests[i];

    // 1. Under the lock: find the entry, copy what the calls need.
    Route route;
    bool known = false;
    {
      std::lock_guard<std::mutex> lock(table.mutex);
      const auto found = table.entries.find(request.sku);
      if (found != table.entries.end()) {
        known = true;
        route = Route{found->second.price_list, found->second.warehouse};
      }
    }
    if (!known) {
      confirmations[i] = Confirmation{Status::unknown_sku, 0, 0, 0};
      continue;
    }

    // 2. No lock held: the two round trips. Other handlers use the table meanwhile.
    const std::int64_t unit_price = services::fetch_price(route.price_list, request.sku);
    const std::int32_t held = services::hold_stock(route.warehouse, request.sku, request.quantity);
    const std::int32_t backordered = request.quantity - held;

    // 3. Under the lock again: add this request's share (commutative, so the order in
    // which the handlers get here does not matter).
    {
      std::lock_guard<std::mutex> lock(table.mutex);
      Entry& entry = table.entries.find(request.sku)->second;
      entry.orders += 1;
      entry.units_held += held;
      entry.units_backordered += backordered;
      entry.value_cents += held * unit_price;
    }
    confirmations[i] = Confirmation{Status::reserved, unit_price, held, backordered};
  }
}

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
    std::vector<std::jthread> handlers;  // joined when this block ends, however it ends
    handlers.reserve(kHandlers);
    for (std::size_t h = 0; h < kHandlers; ++h)
      handlers.emplace_back(handle_requests, std::cref(batch.requests), h, kHandlers,
                            std::ref(table), std::ref(confirmations));
  }
  return Outcome{std::move(confirmations), inventory_report(table.entries)};
}

}  // namespace kata::lock_across_wait::solution
