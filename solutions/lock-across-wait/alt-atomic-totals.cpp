// Another acceptable fix, without any mutex: the table's shape (which skus exist, where to
// ask for each) is fixed before the handlers start and only read while they run, so
// looking an entry up needs no lock; the totals, the only thing the handlers change, are
// atomics updated with fetch_add. Nothing is locked, so nothing is locked across a wait.
// Relaxed ordering is enough: the totals are read only after every handler is joined, and
// joining orders those reads after all the additions.
#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <unordered_map>

#include "kata.hpp"

namespace kata::lock_across_wait::solution {

namespace {

struct Entry {
  std::uint32_t price_list = 0;
  std::uint32_t warehouse = 0;
  std::atomic<std::int64_t> orders{0};
  std::atomic<std::int64_t> units_held{0};
  std::atomic<std::int64_t> units_backordered{0};
  std::atomic<std::int64_t> value_cents{0};
};

// Built before the handlers start, never inserted into while they run.
using Table = std::unordered_map<std::string, Entry>;

void handle_requests(const std::vector<Request>& requests, std::size_t first,
                     std::size_t stride, Table& table, std::vector<Confirmation>& confirmations) {
  for (std::size_t i = first; i < requests.size(); i += stride) {
    const Request& request = requests[i];
    const auto found = table.find(request.sku);
    if (found == table.end()) {
      confirmations[i] = Confirmation{Status::unknown_sku, 0, 0, 0};
      continue;
    }
    Entry& entry = found->second;
    const std::int64_t unit_price = services::fetch_price(entry.price_list, request.sku);
    const std::int32_t held = services::hold_stock(entry.warehouse, request.sku, request.quantity);
    const std::int32_t backordered = request.quantity - held;
    entry.orders.fetch_add(1, std::memory_order_relaxed);
    entry.units_held.fetch_add(held, std::memory_order_relaxed);
    entry.units_backordered.fetch_add(backordered, std::memory_order_relaxed);
    entry.value_cents.fetch_add(held * unit_price, std::memory_order_relaxed);
    confirmations[i] = Confirmation{Status::reserved, unit_price, held, backordered};
  }
}

}  // namespace

Outcome reserve_batch(const Batch& batch) {
  Table table;
  for (const Product& product : batch.catalogue) {
    Entry& entry = table[product.sku];
    entry.price_list = product.price_list;
    entry.warehouse = product.warehouse;
  }

  std::vector<Confirmation> confirmations(batch.requests.size());
  {
    std::vector<std::jthread> handlers;
    handlers.reserve(kHandlers);
    for (std::size_t h = 0; h < kHandlers; ++h)
      handlers.emplace_back(handle_requests, std::cref(batch.requests), h, kHandlers,
                            std::ref(table), std::ref(confirmations));
  }

  std::vector<StockLine> inventory;
  inventory.reserve(table.size());
  for (const auto& [sku, entry] : table)
    inventory.push_back(StockLine{sku, entry.orders.load(), entry.units_held.load(),
                                  entry.units_backordered.load(), entry.value_cents.load()});
  std::sort(inventory.begin(), inventory.end(),
            [](const StockLine& a, const StockLine& b) { return a.sku < b.sku; });
  return Outcome{std::move(confirmations), std::move(inventory)};
}

}  // namespace kata::lock_across_wait::solution
