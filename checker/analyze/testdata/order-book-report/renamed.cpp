// Detector fixture: the order-book-report baseline with other names and loop shapes (an
// index loop instead of a range-for, std::begin/std::end, a named key, find instead of
// operator[]...). Every clang-query finding of the kata must still fire on it.
#include <algorithm>
#include <functional>
#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "kata.hpp"

namespace kata::order_book_report::solution {

// The message names an order the book does not have. (Shared with the intraday replay.)
[[noreturn]] void raise_missing(std::uint64_t id) {
  throw std::out_of_range("order " + std::to_string(id) + " is not in the book");
}

namespace {

// ---------------------------------------------------------------------------------------
// Session configuration
// ---------------------------------------------------------------------------------------

struct Config {
  std::string venue = "XNAS";
  std::string date = "unknown";
  std::size_t depth = 5;
  std::size_t top = 3;
};

// "venue=XNAS;date=2026-11-20;depth=5;top=3". Each field is checked against its pattern;
// a field that does not match keeps its default. Runs once per report.
Config parse_config(const std::string& text) {
  const std::regex field_pattern(R"(([a-z]+)=([^;]*))");
  const std::regex venue_pattern(R"([A-Z]{4})");
  const std::regex date_pattern(R"(\d{4}-\d{2}-\d{2})");
  const std::regex count_pattern(R"([1-9]\d?)");
  Config config;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), field_pattern);
       it != std::sregex_iterator(); ++it) {
    const std::string key = (*it)[1];
    const std::string value = (*it)[2];
    if (key == "venue" && std::regex_match(value, venue_pattern)) config.venue = value;
    if (key == "date" && std::regex_match(value, date_pattern)) config.date = value;
    if (key == "depth" && std::regex_match(value, count_pattern))
      config.depth = static_cast<std::size_t>(std::stoi(value));
    if (key == "top" && std::regex_match(value, count_pattern))
      config.top = static_cast<std::size_t>(std::stoi(value));
  }
  return config;
}

// ---------------------------------------------------------------------------------------
// The book
// ---------------------------------------------------------------------------------------

struct Order {
  std::uint64_t id;
  std::int64_t price;
  std::int64_t remaining;
  std::uint16_t participant;
  Side side;
};

bool operator==(const Order& a, const Order& b) { return a.id == b.id; }
Event event_copy(const Event& e) { return e; }

struct Ladder {
  std::vector<Order> resting;
  std::vector<std::int64_t> executed_by_participant;
  std::int64_t trades = 0;
  std::int64_t volume = 0;
  std::int64_t notional = 0;  // sum of price * shares over the executions
  std::int64_t unmatched = 0;
  std::int64_t rejected = 0;
};

using LadderIndex = std::map<std::string, Ladder>;

// Takes `shares` (at most what is left) off the order; a fully taken order leaves the lad.
void take_shares(Ladder& lad, std::vector<Order>::iterator order, std::int64_t shares) {
  order->remaining -= shares;
  if (order->remaining == 0) {
    *order = lad.resting.back();
    lad.resting.pop_back();
  }
}

// Whether an add or replace may enter the lad. Venues differ, so the rule is chosen from
// the config: off-exchange reports (XOFF) may print any positive price, the exchanges'
// books only prices on the instrument's tick.
using Admission = std::function<bool(const Event&, const Instrument&)>;

Admission price_rule(const Config& config) {
  if (config.venue == "XOFF")
    return [](const Event& event, const Instrument&) { return event.quantity > 0 && event.price > 0; };
  return [](const Event& event, const Instrument& instrument) {
    return event.quantity > 0 && event.price > 0 && event.price % instrument.tick_size == 0;
  };
}

// ---------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------

// 187.4512 from 1874512 (prices are in 1/10,000).
std::string format_price(std::int64_t price) {
  std::string digits = std::to_string(price / 10'000);
  std::string fraction = std::to_string(price % 10'000);
  return digits + '.' + std::string(4 - fraction.size(), '0') + fraction;
}

// The closing book of one side, aggregated by price: "  187.4400 x 300  187.4300 x 1200",
// best price first (highest bid, lowest ask), at most `depth` levels.
std::string format_depth(const Ladder& lad, Side side, std::size_t depth) {
  std::map<std::int64_t, std::int64_t> levels;  // price -> shares
  for (const Order& order : lad.resting)
    if (order.side == side) levels[order.price] += order.remaining;
  std::string line;
  std::size_t shown = 0;
  const auto show = [&](std::int64_t price, std::int64_t shares) {
    if (shown++ < depth) line += "  " + format_price(price) + " x " + std::to_string(shares);
  };
  if (side == Side::buy)
    for (auto level = levels.rbegin(); level != levels.rend(); ++level) show(level->first, level->second);
  else
    for (const auto& [price, shares] : levels) show(price, shares);
  return line;
}

std::string format_most_active(const Ladder& lad, const std::vector<std::string>& participants,
                               std::size_t top) {
  std::vector<std::pair<std::int64_t, std::string>> ranking;
  for (std::size_t p = 0; p < lad.executed_by_participant.size(); ++p) {
    if (lad.executed_by_participant[p] > 0)
      ranking.emplace_back(lad.executed_by_participant[p],
                           p < participants.size() ? participants[p] : "#" + std::to_string(p));
  }
  std::sort(ranking.begin(), ranking.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::string line;
  for (std::size_t i = 0; i < ranking.size() && i < top; ++i)
    line += "  " + ranking[i].second + " " + std::to_string(ranking[i].first);
  return line;
}

// The closing report: one block per book, then the day's summary. Runs once per report.
std::string format_report(const LadderIndex& books, const Config& config, const Session& session) {
  std::ostringstream out;
  std::int64_t unmatched = 0;
  std::int64_t rejected = 0;
  for (const auto& [key, lad] : books) {
    out << key << "  trades " << lad.trades << "  volume " << lad.volume << "  vwap "
        << (lad.volume > 0 ? format_price(lad.notional / lad.volume) : std::string("-"))
        << "  unmatched " << lad.unmatched << "  rejected " << lad.rejected << std::endl;
    out << "  bid" << format_depth(lad, Side::buy, config.depth) << std::endl;
    out << "  ask" << format_depth(lad, Side::sell, config.depth) << std::endl;
    out << "  most active" << format_most_active(lad, session.participants, config.top)
        << std::endl;
    unmatched += lad.unmatched;
    rejected += lad.rejected;
  }
  out << config.venue << ' ' << config.date << ": " << books.size() << " instruments, "
      << session.events.size() << " events, " << unmatched << " unmatched, " << rejected
      << " rejected" << std::endl;
  return out.str();
}

}  // namespace

std::string order_book_report(const Session& day) {
  const Config cfg = parse_config(day.config);
  const Admission admit = price_rule(cfg);
  LadderIndex books;
  std::size_t n = 0;
  while (n < day.events.size()) {
    const Event& msg = day.events[n++];
    const Instrument& ins = day.instruments[msg.instrument];
    auto found = books.find(cfg.venue + ':' + ins.isin);
    if (found == books.end()) found = books.try_emplace(cfg.venue + ':' + ins.isin).first;
    Ladder& lad = found->second;
    try {
      auto hit = std::find_if(std::begin(lad.resting), std::end(lad.resting),
                              [id = msg.order_id](const Order& o) { return o.id == id; });
      if (hit == lad.resting.end())
        raise_missing(msg.order_id);
      if (msg.type == EventType::add) {
        ++lad.unmatched;
      } else if (msg.type == EventType::execute) {
        const std::int64_t q = std::min(msg.quantity, hit->remaining);
        if (q > 0) {
          ++lad.trades;
          lad.volume += q;
          lad.notional += q * hit->price;
          if (hit->participant >= lad.executed_by_participant.size())
            lad.executed_by_participant.resize(hit->participant + 1u, 0);
          lad.executed_by_participant[hit->participant] += q;
          take_shares(lad, hit, q);
        }
      } else if (msg.type == EventType::cancel) {
        const std::int64_t q = std::min(msg.quantity, hit->remaining);
        if (q > 0) take_shares(lad, hit, q);
      } else if (!admit(event_copy(msg), ins)) {
        ++lad.rejected;
      } else {
        const Order next{msg.new_order_id, msg.price, msg.quantity, hit->participant, hit->side};
        take_shares(lad, hit, hit->remaining);
        if (std::find(std::begin(lad.resting), std::end(lad.resting), next) != std::end(lad.resting))
          ++lad.unmatched;
        else
          lad.resting.push_back(next);
      }
    } catch (const std::exception&) {
      if (msg.type != EventType::add) ++lad.unmatched;
      else if (!admit(msg, ins)) ++lad.rejected;
      else lad.resting.push_back(Order{msg.order_id, msg.price, msg.quantity, msg.participant, msg.side});
    }
  }
  return format_report(books, cfg, day);
}

}  // namespace kata::order_book_report::solution
