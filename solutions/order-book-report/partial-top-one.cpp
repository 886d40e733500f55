// Partial fix: only the top finding. A missing order is tested with an if instead of
// thrown and caught, which removes the biggest cost (about half of the baseline's time).
// Still correct, but every event still scans the book's ~2,000 live orders to find its
// order (the next line of the profile), and the minor findings stay: about 2x, short of
// the target. Run `kata profile` on it to see the scan move to the top.
#include <algorithm>
#include <functional>
#include <map>
#include <regex>
#include <sstream>

#include "kata.hpp"

namespace kata::order_book_report::solution {

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

struct Book {
  std::vector<Order> orders;  // the live orders
  std::vector<std::int64_t> executed_by_participant;
  std::int64_t trades = 0;
  std::int64_t volume = 0;
  std::int64_t notional = 0;  // sum of price * shares over the executions
  std::int64_t unmatched = 0;
  std::int64_t rejected = 0;
};

using Books = std::map<std::string, Book>;

// Takes `shares` (at most what is left) off the order; a fully taken order leaves the book.
void reduce_order(Book& book, std::vector<Order>::iterator order, std::int64_t shares) {
  order->remaining -= shares;
  if (order->remaining == 0) {
    *order = book.orders.back();
    book.orders.pop_back();
  }
}

// Whether an add or replace may enter the book. Venues differ, so the rule is chosen from
// the config: off-exchange reports (XOFF) may print any positive price, the exchanges'
// books only prices on the instrument's tick.
using PriceRule = std::function<bool(const Event&, const Instrument&)>;

PriceRule price_rule(const Config& config) {
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
std::string format_depth(const Book& book, Side side, std::size_t depth) {
  std::map<std::int64_t, std::int64_t> levels;  // price -> shares
  for (const Order& order : book.orders)
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

std::string format_most_active(const Book& book, const std::vector<std::string>& participants,
                               std::size_t top) {
  std::vector<std::pair<std::int64_t, std::string>> ranking;
  for (std::size_t p = 0; p < book.executed_by_participant.size(); ++p) {
    if (book.executed_by_participant[p] > 0)
      ranking.emplace_back(book.executed_by_participant[p],
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
std::string format_report(const Books& books, const Config& config, const Session& session) {
  std::ostringstream out;
  std::int64_t unmatched = 0;
  std::int64_t rejected = 0;
  for (const auto& [key, book] : books) {
    out << key << "  trades " << book.trades << "  volume " << book.volume << "  vwap "
        << (book.volume > 0 ? format_price(book.notional / book.volume) : std::string("-"))
        << "  unmatched " << book.unmatched << "  rejected " << book.rejected << std::endl;
    out << "  bid" << format_depth(book, Side::buy, config.depth) << std::endl;
    out << "  ask" << format_depth(book, Side::sell, config.depth) << std::endl;
    out << "  most active" << format_most_active(book, session.participants, config.top)
        << std::endl;
    unmatched += book.unmatched;
    rejected += book.rejected;
  }
  out << config.venue << ' ' << config.date << ": " << books.size() << " instruments, "
      << session.events.size() << " events, " << unmatched << " unmatched, " << rejected
      << " rejected" << std::endl;
  return out.str();
}

}  // namespace

std::string order_book_report(const Session& session) {
  const Config config = parse_config(session.config);
  const PriceRule accepts = price_rule(config);
  Books books;
  for (const Event& event : session.events) {
    const Instrument& instrument = session.instruments[event.instrument];
    Book& book = books[config.venue + ':' + instrument.isin];
    {
      // The live order the message names, if any.
      const auto order = std::find_if(book.orders.begin(), book.orders.end(), [&](const Order& o) { return o.id == event.order_id; });
      if (order == book.orders.end()) {
        // Not in the book: exactly what an add expects (its id must be new). Any other
        // message names an order this book does not have.
        if (event.type != EventType::add) {
          ++book.unmatched;
        } else if (!accepts(event, instrument)) {
          ++book.rejected;
        } else {
          book.orders.push_back(Order{event.order_id, event.price, event.quantity, event.participant, event.side});
        }
        continue;
      }
      switch (event.type) {
        case EventType::add:
          ++book.unmatched;  // the id is live already
          break;
        case EventType::execute: {
          const std::int64_t shares = std::min(event.quantity, order->remaining);
          if (shares <= 0) break;
          ++book.trades;
          book.volume += shares;
          book.notional += shares * order->price;
          if (order->participant >= book.executed_by_participant.size())
            book.executed_by_participant.resize(order->participant + 1u, 0);
          book.executed_by_participant[order->participant] += shares;
          reduce_order(book, order, shares);
          break;
        }
        case EventType::cancel: {
          const std::int64_t shares = std::min(event.quantity, order->remaining);
          if (shares > 0) reduce_order(book, order, shares);
          break;
        }
        case EventType::replace: {
          // The order leaves the book and comes back under a new id, price and quantity.
          if (!accepts(event, instrument)) {
            ++book.rejected;
            break;
          }
          const Order replacement{event.new_order_id, event.price, event.quantity, order->participant, order->side};
          reduce_order(book, order, order->remaining);
          if (std::find_if(book.orders.begin(), book.orders.end(), [&](const Order& o) { return o.id == replacement.id; }) != book.orders.end()) {
            ++book.unmatched;  // the new id is live already
            break;
          }
          book.orders.push_back(replacement);
          break;
        }
      }
    }
  }
  return format_report(books, config, session);
}

}  // namespace kata::order_book_report::solution
