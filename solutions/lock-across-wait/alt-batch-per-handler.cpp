// Another acceptable fix, shaped differently: each handler takes the lock twice per batch,
// not per request. First it copies, under one lock, the route (price list, warehouse) of
// every request it will handle; then it makes all its round trips with no lock held,
// adding its results into totals of its own; finally it adds those totals into the shared
// table under one more lock. The waits of the four handlers overlap as in the reference,
// and the additions commute, so the order in which handlers finish does not matter.
#include <algorithm>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "kata.hpp"

namespace kata::lock_across_wait::solution {

namespace {

struct Totals {
  std::int64_t orders = 0;
  std::int64_t units_held = 0;
  std::int64_t units_backordered = 0;
  std::int64_t value_cents = 0;
};

struct Entry {
  std::uint32_t price_list = 0;
  std::uint32_t warehouse = 0;
  Totals totals;
};

struct Shared {
  std::mutex mutex;
  std::unordered_map<std::string, Entry> table;
};

struct Route {
  std::uint32_t price_list = 0;
  std::uint32_t warehouse = 0;
};

void handle_requests(const std::vector<Request>& requests, std::size_t first,
                     std::size_t stride, Shared& shared,
                     std::vector<Confirmation>& confirmations) {
  std::vector<std::size_t> mine;
  for (std::size_t i = first; i < requests.size(); i += stride) mine.push_back(i);

  std::vector<std::optional<Route>> routes(mine.size());
  {
    std::lock_guard<std::mutex> lock(shared.mutex);
    for (std::size_t k = 0; k < mine.size(); ++k) {
      const auto found = shared.table.find(requests[mine[k]].sku);
      if (found != shared.table.end())
        routes[k] = Route{found->second.price_list, found->second.warehouse};
    }
  }

  std::unordered_map<std::string, Totals> my_totals;
  for (std::size_t k = 0; k < mine.size(); ++k) {
    const Request& request = requests[mine[k]];
    if (!routes[k]) {
      confirmations[mine[k]] = Confirmation{Status::unknown_sku, 0, 0, 0};
      continue;
    }
    const std::int64_t unit_price = services::fetch_price(routes[k]->price_list, request.sku);
    const std::int32_t held =
        services::hold_stock(routes[k]->warehouse, request.sku, request.quantity);
    Totals& totals = my_totals[request.sku];
    totals.orders += 1;
    totals.units_held += held;
    totals.units_backordered += request.quantity - held;
    totals.value_cents += held * unit_price;
    confirmations[mine[k]] =
        Confirmation{Status::reserved, unit_price, held, request.quantity - held};
  }

  std::lock_guard<std::mutex> lock(shared.mutex);
  for (const auto& [sku, totals] : my_totals) {
    Totals& into = shared.table.find(sku)->second.totals;
    into.orders += totals.orders;
    into.units_held += totals.units_held;
    into.units_backordered += totals.units_backordered;
    into.value_cents += totals.value_cents;
  }
}

}  // namespace

Outcome reserve_batch(const Batch& batch) {
  Shared shared;
  for (const Product& product : batch.catalogue)
    shared.table.emplace(product.sku, Entry{product.price_list, product.warehouse, Totals{}});

  std::vector<Confirmation> confirmations(batch.requests.size());
  {
    std::vector<std::jthread> handlers;
    handlers.reserve(kHandlers);
    for (std::size_t h = 0; h < kHandlers; ++h)
      handlers.emplace_back(handle_requests, std::cref(batch.requests), h, kHandlers,
                            std::ref(shared), std::ref(confirmations));
  }

  std::vector<StockLine> inventory;
  for (const auto& [sku, entry] : shared.table)
    inventory.push_back(StockLine{sku, entry.totals.orders, entry.totals.units_held,
                                  entry.totals.units_backordered, entry.totals.value_cents});
  std::sort(inventory.begin(), inventory.end(),
            [](const StockLine& a, const StockLine& b) { return a.sku < b.sku; });
  return Outcome{std::move(confirmations), std::move(inventory)};
}

}  // namespace kata::lock_across_wait::solution
