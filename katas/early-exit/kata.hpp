#pragma once
// early-exit: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

#include "kata/random.hpp"

namespace kata::early_exit {

// One card authorisation, as the payment switch forwards it: 24 bytes.
struct Transaction {
  std::int64_t amount_cents = 0;
  std::uint32_t account_age_days = 0;   // how long the card's account has existed
  std::uint16_t merchant_category = 0;  // ISO 18245 merchant category code, 0..9999
  std::uint16_t card_country = 0;       // ISO 3166 numeric codes
  std::uint16_t merchant_country = 0;
  std::uint8_t local_hour = 0;          // 0..23, at the merchant
  std::uint8_t channel = 0;             // 0 card present, 1 online, 2 phone order
  std::uint8_t attempts_last_hour = 0;  // authorisations tried on this card in the last hour
};

// A logistic risk model, as the data-science team ships it: the risk of a transaction is
// 1 / (1 + exp(-z)) with
//   z = intercept + amount * log1p(amount in currency units)
//       + category[merchant_category] (0 for categories not listed)
//       + cross_border (card and merchant countries differ) + night (local hour < 6)
//       + online (channel 1) or phone (channel 2)
//       + attempts * attempts_last_hour + new_account * 30 / (30 + account_age_days)
struct RiskModel {
  double intercept = -9.0;
  double amount = 0.55;
  std::map<std::uint16_t, double> category;  // sparse: only the categories that matter
  double cross_border = 1.2;
  double night = 0.9;
  double online = 0.8;
  double phone = 0.5;
  double attempts = 0.45;
  double new_account = 1.6;
};

// One settlement batch of a merchant on the watch list (1,000 authorisations in the tests'
// and benchmark's batches).
struct Batch {
  std::uint64_t merchant_id = 0;
  std::vector<Transaction> transactions;
};

struct Screening {
  RiskModel model;
  double hold_threshold = 0.9;  // a transaction at or above this risk gets its batch held
  std::vector<Batch> batches;
};

// The decision for one batch: held when any transaction's risk is >= hold_threshold;
// first_flagged is the position of the first such transaction in the batch (the reviewer's
// tool opens the batch there) and risk its risk. Not held: first_flagged -1, risk 0.
struct Decision {
  bool hold = false;
  std::int32_t first_flagged = -1;
  double risk = 0;
  bool operator==(const Decision&) const = default;
};

// One decision per batch, in the order of the batches.
namespace baseline {
std::vector<Decision> screen(const Screening& screening);
}
namespace solution {
std::vector<Decision> screen(const Screening& screening);
}

// The model the tests and the benchmark use: sparse weights for the merchant categories the
// fraud team watches (gambling, money transfer, crypto, gift cards, electronics, ...).
inline RiskModel make_model() {
  RiskModel model;
  model.category = {{4829, 1.9}, {6051, 1.7}, {6540, 1.4}, {7995, 2.1}, {5732, 0.8},
                    {5944, 0.9}, {5816, 0.7}, {4722, 0.6}, {5411, -1.2}, {5541, -0.9},
                    {5812, -0.8}, {4111, -1.5}, {5912, -0.6}, {8062, -1.8}, {5311, 0.3}};
  return model;
}

// The inputs the tests and the benchmark use: `batch_count` batches of 1,000 authorisations
// drawn from `seed`. The watch list's merchants are under card-testing attacks: in each
// batch, 1-3% of the authorisations are test charges (a burst of attempts on a new card
// from abroad, at night, online), and nearly all of those score above the threshold; the
// ordinary purchases stay well below it.
inline Screening make_screening(std::size_t batch_count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  static const std::vector<std::uint16_t> categories = {
      5411, 5541, 5812, 4111, 5912, 8062, 5311, 5732, 5944, 5816, 4722,
      5999, 5651, 5200, 7011, 5814, 4829, 6051, 7995, 6540};
  static const std::vector<std::uint16_t> countries = {250, 276, 380, 724, 826, 840, 528, 56};
  Screening screening;
  screening.model = make_model();
  screening.batches.reserve(batch_count);
  for (std::size_t b = 0; b < batch_count; ++b) {
    Batch batch;
    batch.merchant_id = rng.next() % 1'000'000;
    const std::uint16_t merchant_country = rng.pick(countries);
    const std::uint16_t merchant_category = rng.pick(categories);
    const double attack_rate = 0.01 + 0.02 * rng.unit();
    batch.transactions.resize(1000);
    for (Transaction& t : batch.transactions) {
      t.merchant_category = rng.chance(0.9) ? merchant_category : rng.pick(categories);
      t.merchant_country = merchant_country;
      if (rng.chance(attack_rate)) {  // a test charge
        t.amount_cents = rng.between(100, 40'000);
        t.account_age_days = static_cast<std::uint32_t>(rng.between(0, 20));
        t.card_country = rng.pick(countries);
        if (t.card_country == merchant_country) t.card_country = 643;
        t.local_hour = static_cast<std::uint8_t>(rng.between(0, 5));
        t.channel = 1;
        t.attempts_last_hour = static_cast<std::uint8_t>(rng.between(8, 30));
      } else {
        t.amount_cents = rng.between(100, 25'000) * (rng.chance(0.05) ? 20 : 1);
        t.account_age_days = static_cast<std::uint32_t>(rng.between(30, 6000));
        t.card_country = rng.chance(0.9) ? merchant_country : rng.pick(countries);
        t.local_hour = static_cast<std::uint8_t>(rng.between(0, 23));
        t.channel = static_cast<std::uint8_t>(rng.between(0, 2));
        t.attempts_last_hour = static_cast<std::uint8_t>(rng.between(1, 3));
      }
    }
    screening.batches.push_back(std::move(batch));
  }
  return screening;
}

}  // namespace kata::early_exit
