// Detector fixture: the baseline's copies with every name changed: the customer copied
// with `auto` from an index loop, a by-value parameter on a lambda, and a tag copied
// inside a while loop. Both copy detectors must still fire.
#include "kata.hpp"

namespace kata::copy_overuse::solution {

CheckoutTotals apply_promotions(const CheckoutBatch& in) {
  CheckoutTotals out;
  auto pct = [](Customer who) {
    std::uint32_t best = 0;
    std::size_t i = 0;
    while (i < who.tags.size()) {
      std::string t = who.tags[i++];
      if (t == "friends-and-family-2024" && best < 20) best = 20;
      if (t == "loyalty-platinum-member" && best < 10) best = 10;
      if (t == "loyalty-gold-member" && best < 5) best = 5;
    }
    return best;
  };
  for (std::size_t k = 0; k != in.orders.size(); ++k) {
    const Order o = in.orders[k];
    auto who = in.customers[o.customer];
    if (who.email.ends_with("@northwind-traders.com") || who.email.ends_with("@northwind-traders.co.uk")) {
      out.staff_orders++;
      continue;
    }
    out.orders++;
    if (o.amount_cents >= 5000 || (who.country == "DE" && o.amount_cents >= 2900)) out.free_shipping++;
    std::uint64_t d = std::uint64_t{o.amount_cents} * pct(who) / 100;
    out.discounted += d > 0;
    out.discount_cents += d;
    out.revenue_cents += o.amount_cents - d;
  }
  return out;
}

}  // namespace kata::copy_overuse::solution
