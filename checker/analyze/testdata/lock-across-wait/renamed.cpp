// Detector fixture: the baseline's lock held across the remote calls, with other names, a
// work queue instead of striding, a std::unique_lock, an iterator instead of a reference
// into the table and using-declarations for the services. The detector must still fire.
#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>

#include "kata.hpp"

namespace kata::lock_across_wait::solution {

using services::fetch_price;
using services::hold_stock;

namespace {

struct Totals {
  std::uint32_t list = 0;
  std::uint32_t depot = 0;
  std::int64_t n = 0, units = 0, missing = 0, cents = 0;
};

}  // namespace

Outcome reserve_batch(const Batch& in) {
  std::mutex guard;
  std::map<std::string, Totals> stock;
  for (const Product& p : in.catalogue) stock[p.sku] = Totals{p.price_list, p.warehouse};
  std::vector<Confirmation> out(in.requests.size());
  std::atomic<std::size_t> next{0};

  auto worker = [&] {
    while (true) {
      const std::size_t k = next.fetch_add(1);
      if (k >= in.requests.size()) break;
      const Request& r = in.requests[k];
      std::unique_lock<std::mutex> held_lock(guard);
      auto it = stock.find(r.sku);
      if (it == stock.end()) {
        out[k] = Confirmation{};
        continue;
      }
      const std::int64_t cents = fetch_price(it->second.list, r.sku);
      const std::int32_t got = hold_stock(it->second.depot, r.sku, r.quantity);
      it->second.n++;
      it->second.units += got;
      it->second.missing += r.quantity - got;
      it->second.cents += cents * got;
      out[k] = Confirmation{Status::reserved, cents, got, r.quantity - got};
    }
  };
  {
    std::vector<std::jthread> pool;
    for (std::size_t h = 0; h < kHandlers; ++h) pool.emplace_back(worker);
  }

  std::vector<StockLine> lines;
  for (const auto& [sku, t] : stock) lines.push_back(StockLine{sku, t.n, t.units, t.missing, t.cents});
  return Outcome{std::move(out), std::move(lines)};
}

}  // namespace kata::lock_across_wait::solution
