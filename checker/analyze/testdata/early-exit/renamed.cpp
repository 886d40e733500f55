// Detector fixture: the baseline's anti-pattern with every local name changed, the scores
// written by index into a pre-sized vector and the check written as a range-for that
// breaks at the first match. The score-everything-then-check detector must still fire.
#include <cmath>

#include "kata.hpp"

namespace kata::early_exit::solution {

std::vector<Decision> screen(const Screening& in) {
  std::vector<double> w(10'000, 0.0);
  for (const auto& [code, weight] : in.model.category) w[code] = weight;
  const RiskModel& m = in.model;

  std::vector<Decision> out;
  for (std::size_t b = 0; b < in.batches.size(); ++b) {
    const auto& tx = in.batches[b].transactions;
    std::vector<double> s(tx.size());
    for (std::size_t i = 0; i < tx.size(); ++i) {
      double z = m.intercept + m.amount * std::log1p(static_cast<double>(tx[i].amount_cents) / 100.0) +
                 w[tx[i].merchant_category];
      if (tx[i].card_country != tx[i].merchant_country) z += m.cross_border;
      if (tx[i].local_hour < 6) z += m.night;
      if (tx[i].channel == 1) z += m.online;
      if (tx[i].channel == 2) z += m.phone;
      z += m.attempts * tx[i].attempts_last_hour;
      z += m.new_account * 30.0 / (30.0 + tx[i].account_age_days);
      s[i] = 1.0 / (1.0 + std::exp(-z));
    }
    Decision d;
    std::int32_t at = 0;
    for (const double v : s) {
      if (v >= in.hold_threshold) {
        d = Decision{true, at, v};
        break;
      }
      ++at;
    }
    out.push_back(d);
  }
  return out;
}

}  // namespace kata::early_exit::solution
