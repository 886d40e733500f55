// Detector fixture: the baseline's nested-loop join with other names and loop shapes (an
// index loop outside, an iterator loop inside, the match test written the other way round)
// and, in a second pass, the same join through std::find_if. The detector must fire on both.
#include <algorithm>
#include <cstddef>

#include "kata.hpp"

namespace kata::nested_loop_join::solution {

std::vector<Statement> build_statements(const Tables& db) {
  std::vector<Statement> out(db.customers.size());
  std::uint64_t test_account = 0;
  for (const auto& who : db.customers)
    if (who.email == qa_account_email) test_account = who.id;

  for (std::size_t k = 0; k < db.orders.size(); ++k) {
    const Order& o = db.orders[k];
    if (o.customer_id == test_account) continue;
    for (auto it = db.customers.begin(); it != db.customers.end(); ++it) {
      if (o.customer_id == it->id) {
        Statement& s = out[static_cast<std::size_t>(it - db.customers.begin())];
        s.customer_id = it->id;
        s.tier = it->tier;
        s.order_count++;
        s.gross_cents += o.amount_cents;
        s.last_order_at = std::max(s.last_order_at, o.placed_at);
        break;
      }
    }
  }

  // Discounts in a second pass, looking each order's customer up again.
  std::size_t k = 0;
  while (k < db.orders.size()) {
    const Order& o = db.orders[k++];
    const auto c = std::find_if(db.customers.cbegin(), db.customers.cend(),
                                [&o](const Customer& x) { return x.id == o.customer_id; });
    if (c == db.customers.cend() || c->id == test_account) continue;
    const std::int64_t pct = c->tier == Tier::gold ? 10 : c->tier == Tier::silver ? 5 : 0;
    out[static_cast<std::size_t>(c - db.customers.cbegin())].discount_cents +=
        o.amount_cents * pct / 100;
  }
  std::erase_if(out, [](const Statement& s) { return s.order_count == 0; });
  return out;
}

}  // namespace kata::nested_loop_join::solution
