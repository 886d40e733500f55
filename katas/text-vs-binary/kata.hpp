#pragma once
// text-vs-binary: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file -- including the risk
// service's own work below, which is the same for both sides.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kata/random.hpp"

namespace kata::text_vs_binary {

enum class Side : std::uint8_t { buy, sell };

// One execution reported by the matching engine.
struct Fill {
  std::uint64_t fill_id = 0;     // unique, increasing within a batch
  std::int64_t timestamp_ns = 0; // exchange time, ns since the Unix epoch
  std::uint32_t account = 0;     // the trading account, < kAccounts in live traffic
  std::uint32_t instrument = 0;  // the listed instrument, < kInstruments in live traffic
  Side side = Side::buy;
  std::uint32_t quantity = 0;    // shares
  std::int64_t price = 0;        // in 1/10,000 of a currency unit (1234500 = 123.45)
  friend bool operator==(const Fill&, const Fill&) = default;
};

inline constexpr std::uint32_t kAccounts = 256;
inline constexpr std::uint32_t kInstruments = 256;

// The gateway side: one matching cycle's fills as the message it puts on the queue.
// The risk side: that message turned back into the same fills, in the same order.
// decode_batch is only ever given a message encode_batch of the same namespace produced,
// possibly in another process (a copy of the bytes, nothing else): the message must carry
// the fills themselves.
namespace baseline {
std::string encode_batch(const std::vector<Fill>& fills);
std::vector<Fill> decode_batch(std::string_view message);
}
namespace solution {
std::string encode_batch(const std::vector<Fill>& fills);
std::vector<Fill> decode_batch(std::string_view message);
}

// What the risk service computes from one cycle's fills.
struct InstrumentTotals {
  std::uint64_t fills = 0;
  std::int64_t bought = 0;    // shares
  std::int64_t sold = 0;      // shares
  std::int64_t turnover = 0;  // sum of quantity x price
  std::int64_t high = 0, low = 0, last = 0;
  friend bool operator==(const InstrumentTotals&, const InstrumentTotals&) = default;
};
struct AccountRisk {
  std::uint32_t open_positions = 0;  // instruments with a non-zero position
  std::int64_t cash = 0;             // paid for buys (negative) and received for sells
  std::int64_t gross_exposure = 0;   // sum of |position| x last price
  std::int64_t marked_value = 0;     // cash + sum of position x last price
  friend bool operator==(const AccountRisk&, const AccountRisk&) = default;
};
struct RiskUpdate {
  std::vector<InstrumentTotals> instruments;  // kInstruments entries
  std::vector<AccountRisk> accounts;          // kAccounts entries
  std::uint64_t last_fill_id = 0;
  friend bool operator==(const RiskUpdate&, const RiskUpdate&) = default;
};

// The risk service's own work on a decoded batch: positions per account and instrument,
// marked at each instrument's last price. Not part of the kata: the same for both sides.
inline RiskUpdate update_risk(const std::vector<Fill>& fills) {
  RiskUpdate update;
  update.instruments.resize(kInstruments);
  update.accounts.resize(kAccounts);
  std::vector<std::int64_t> positions(std::size_t{kAccounts} * kInstruments);
  for (const Fill& fill : fills) {
    if (fill.account >= kAccounts || fill.instrument >= kInstruments)
      throw std::out_of_range("fill " + std::to_string(fill.fill_id) + ": unknown account or instrument");
    const auto quantity = static_cast<std::int64_t>(fill.quantity);
    const std::int64_t signed_quantity = fill.side == Side::buy ? quantity : -quantity;
    positions[std::size_t{fill.account} * kInstruments + fill.instrument] += signed_quantity;
    update.accounts[fill.account].cash -= signed_quantity * fill.price;
    InstrumentTotals& totals = update.instruments[fill.instrument];
    if (totals.fills++ == 0) totals.high = totals.low = fill.price;
    totals.high = std::max(totals.high, fill.price);
    totals.low = std::min(totals.low, fill.price);
    totals.last = fill.price;
    (fill.side == Side::buy ? totals.bought : totals.sold) += quantity;
    totals.turnover += quantity * fill.price;
    update.last_fill_id = std::max(update.last_fill_id, fill.fill_id);
  }
  for (std::uint32_t account = 0; account < kAccounts; ++account) {
    AccountRisk& risk = update.accounts[account];
    risk.marked_value = risk.cash;
    for (std::uint32_t instrument = 0; instrument < kInstruments; ++instrument) {
      const std::int64_t position = positions[std::size_t{account} * kInstruments + instrument];
      if (position == 0) continue;
      const std::int64_t last = update.instruments[instrument].last;
      ++risk.open_positions;
      risk.gross_exposure += (position < 0 ? -position : position) * last;
      risk.marked_value += position * last;
    }
  }
  return update;
}

// The hot path: one matching cycle's fills through the queue and into the risk service.
namespace baseline {
inline RiskUpdate relay_batch(const std::vector<Fill>& fills) {
  return update_risk(decode_batch(encode_batch(fills)));
}
}  // namespace baseline
namespace solution {
inline RiskUpdate relay_batch(const std::vector<Fill>& fills) {
  return update_risk(decode_batch(encode_batch(fills)));
}
}  // namespace solution

// The inputs the tests and the benchmark use: one matching cycle of `count` fills drawn
// from `seed` (busy instruments and accounts trade more often than quiet ones).
inline std::vector<Fill> make_fills(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  std::vector<std::int64_t> reference_price(kInstruments);
  for (auto& price : reference_price) price = rng.between(5, 900) * 10'000 + rng.between(0, 99) * 100;
  std::vector<Fill> fills;
  fills.reserve(count);
  std::uint64_t fill_id = 9'000'000'000ULL + static_cast<std::uint64_t>(rng.between(0, 999'999'999));
  std::int64_t timestamp = 1'700'000'000'000'000'000LL + rng.between(0, 86'400'000'000'000LL);
  for (std::size_t i = 0; i < count; ++i) {
    Fill fill;
    fill.fill_id = fill_id += static_cast<std::uint64_t>(rng.between(1, 3));
    fill.timestamp_ns = timestamp += rng.between(0, 50'000);
    // The square of a uniform number: low ids (the busy ones) come up more often.
    const double busy = rng.unit();
    fill.account = static_cast<std::uint32_t>(busy * busy * kAccounts);
    const double liquid = rng.unit();
    fill.instrument = static_cast<std::uint32_t>(liquid * liquid * kInstruments);
    fill.side = rng.chance(0.5) ? Side::buy : Side::sell;
    fill.quantity = static_cast<std::uint32_t>(rng.chance(0.8) ? rng.between(1, 10) * 100 : rng.between(1, 5'000));
    fill.price = reference_price[fill.instrument] + rng.between(-200, 200) * 100;
    fills.push_back(fill);
  }
  return fills;
}

}  // namespace kata::text_vs_binary
