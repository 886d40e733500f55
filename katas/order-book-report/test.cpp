// Correctness: the solution's report must be the baseline's, byte for byte, on generated
// trading days and on hand-made days that exercise each rule of the replay.
#include <gtest/gtest.h>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::order_book_report {
namespace {

void expect_same_report(const Session& session) {
  EXPECT_TRUE(kata::testing::same_text(baseline::order_book_report(session),
                                       solution::order_book_report(session)));
}

// A small session: two instruments (the second sorts first by ISIN), three participants.
Session small_session(std::string config = "venue=XNAS;date=2026-11-20;depth=5;top=3") {
  Session session;
  session.config = std::move(config);
  session.instruments = {Instrument{"US5949181045", 100}, Instrument{"US0378331005", 50}};
  session.participants = {"MSCO", "GSCO", "UBSS"};
  return session;
}

Event add(std::uint64_t id, Side side, std::int64_t price, std::int64_t quantity,
          std::uint16_t participant = 0, std::uint16_t instrument = 0) {
  Event event{};
  event.type = EventType::add;
  event.order_id = id;
  event.side = side;
  event.price = price;
  event.quantity = quantity;
  event.participant = participant;
  event.instrument = instrument;
  return event;
}

Event execute(std::uint64_t id, std::int64_t quantity, std::uint16_t instrument = 0) {
  Event event{};
  event.type = EventType::execute;
  event.order_id = id;
  event.quantity = quantity;
  event.instrument = instrument;
  return event;
}

Event cancel(std::uint64_t id, std::int64_t quantity, std::uint16_t instrument = 0) {
  Event event = execute(id, quantity, instrument);
  event.type = EventType::cancel;
  return event;
}

Event replace(std::uint64_t id, std::uint64_t new_id, std::int64_t price, std::int64_t quantity,
              std::uint16_t instrument = 0) {
  Event event{};
  event.type = EventType::replace;
  event.order_id = id;
  event.new_order_id = new_id;
  event.price = price;
  event.quantity = quantity;
  event.instrument = instrument;
  return event;
}

TEST(OrderBookReport, MatchesBaselineOnGeneratedDays) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 50u, 1000u, 20000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_report(make_session(size, seed));
    }
  }
}

TEST(OrderBookReport, MatchesBaselineOnSmallBusyBooks) {
  // Few live orders and many unknown ids: replaces, deletes and refills all the time.
  for (std::uint64_t seed : kata::testing::seeds()) {
    SCOPED_TRACE(kata::testing::input_label(seed, 20000));
    expect_same_report(make_session(20000, seed, 3, 20, 0.3));
  }
}

TEST(OrderBookReport, MatchesBaselineAtTheBenchmarkSize) {
  expect_same_report(make_session(64000, 7));
}

TEST(OrderBookReport, EmptyDay) {
  const Session session = small_session();
  EXPECT_EQ(solution::order_book_report(session),
            "XNAS 2026-11-20: 0 instruments, 0 events, 0 unmatched, 0 rejected\n");
  expect_same_report(session);
}

TEST(OrderBookReport, OneAdd) {
  Session session = small_session();
  session.events = {add(7, Side::buy, 1'874'500, 300, 1)};
  EXPECT_EQ(solution::order_book_report(session),
            "XNAS:US5949181045  trades 0  volume 0  vwap -  unmatched 0  rejected 0\n"
            "  bid  187.4500 x 300\n"
            "  ask\n"
            "  most active\n"
            "XNAS 2026-11-20: 1 instruments, 1 events, 0 unmatched, 0 rejected\n");
  expect_same_report(session);
}

TEST(OrderBookReport, ExactReportOfASmallDay) {
  Session session = small_session();
  session.events = {
      add(1, Side::buy, 1'000'000, 300, 0),      // 100.0000
      add(2, Side::buy, 1'000'000, 200, 1),      // same level
      add(3, Side::buy, 999'900, 100, 2),        // 99.9900
      add(4, Side::sell, 1'000'100, 500, 1),     // 100.0100
      execute(4, 200),                           // GSCO sells 200 at 100.01
      execute(1, 100),                           // MSCO buys 100 at 100.00
      cancel(2, 50),                             // 150 left
      replace(3, 5, 999'800, 400),               // 99.9800 x 400
      cancel(99, 100),                           // unknown: unmatched
      add(5, Side::sell, 1'000'200, 100, 0),     // id 5 is live: unmatched
      add(6, Side::sell, 1'000'250, 100, 0),     // off the 0.01 tick: rejected
      add(8, Side::sell, 1'000'300, 0, 0),       // no quantity: rejected
      execute(4, 1000),                          // takes the 300 left
      add(9, Side::sell, 1'000'050, 100, 2, 1),  // second instrument, tick 0.005
      replace(5, 9, 999'800, 100),               // new id 9 not live in this book: fine
      replace(1, 9, 999'800, 100),               // new id 9 is live: order 1 is gone, unmatched
  };
  EXPECT_EQ(solution::order_book_report(session),
            "XNAS:US0378331005  trades 0  volume 0  vwap -  unmatched 0  rejected 0\n"
            "  bid\n"
            "  ask  100.0050 x 100\n"
            "  most active\n"
            "XNAS:US5949181045  trades 3  volume 600  vwap 100.0083  unmatched 3  rejected 2\n"
            "  bid  100.0000 x 150  99.9800 x 100\n"
            "  ask\n"
            "  most active  GSCO 500  MSCO 100\n"
            "XNAS 2026-11-20: 2 instruments, 16 events, 3 unmatched, 2 rejected\n");
  expect_same_report(session);
}

TEST(OrderBookReport, MostActiveTiesAndTopCount) {
  Session session = small_session("venue=XNAS;date=2026-11-20;depth=2;top=2");
  session.events = {add(1, Side::buy, 1'000'000, 100, 2), add(2, Side::buy, 1'000'000, 100, 1),
                    add(3, Side::buy, 1'000'000, 100, 0), execute(1, 100),
                    execute(2, 100), execute(3, 100)};
  const std::string report = solution::order_book_report(session);
  EXPECT_NE(report.find("  most active  GSCO 100  MSCO 100\n"), std::string::npos) << report;
  expect_same_report(session);
}

TEST(OrderBookReport, DepthKeepsTheBestLevels) {
  Session session = small_session("venue=XNAS;date=2026-11-20;depth=2;top=3");
  for (std::uint64_t i = 0; i < 6; ++i) {
    session.events.push_back(add(10 + i, Side::buy, 1'000'000 - 100 * static_cast<std::int64_t>(i), 100));
    session.events.push_back(add(20 + i, Side::sell, 1'000'100 + 100 * static_cast<std::int64_t>(i), 100));
  }
  const std::string report = solution::order_book_report(session);
  EXPECT_NE(report.find("  bid  100.0000 x 100  99.9900 x 100\n"), std::string::npos) << report;
  EXPECT_NE(report.find("  ask  100.0100 x 100  100.0200 x 100\n"), std::string::npos) << report;
  expect_same_report(session);
}

TEST(OrderBookReport, OffExchangeVenueAcceptsAnyPositivePrice) {
  Session session = small_session("venue=XOFF;date=2026-11-20");
  session.events = {add(1, Side::buy, 1'000'001, 100), add(2, Side::buy, -5, 100),
                    replace(1, 3, 1'000'003, 50)};
  expect_same_report(session);
  EXPECT_NE(solution::order_book_report(session).find("rejected 1\n"), std::string::npos);
}

TEST(OrderBookReport, InvalidConfigFieldsKeepTheirDefaults) {
  for (const char* config :
       {"", "venue=xnas;date=20-11-2026;depth=0;top=100", "garbage", "depth=12;top=1;venue=BATS",
        "venue=XNAS;;date=2026-11-20;extra=1;depth=3", "Venue=ABCD;date=2026-11-2x;top=07",
        "xdepth=2;top=2=3;date=2026-11-20;venue=XNAS;venue=ARCX"}) {
    SCOPED_TRACE(std::string("config: \"") + config + "\"");
    Session session = small_session(config);
    session.events = {add(1, Side::buy, 1'000'000, 100), add(2, Side::sell, 1'000'100, 100, 1, 1),
                      execute(1, 50)};
    expect_same_report(session);
  }
}

TEST(OrderBookReport, UnknownOrdersOnly) {
  // A book created by messages that all name orders it never had.
  Session session = small_session();
  session.events = {cancel(5, 100, 1), execute(6, 100, 1), replace(7, 8, 1'000'000, 100, 1)};
  const std::string report = solution::order_book_report(session);
  EXPECT_NE(report.find("XNAS:US0378331005  trades 0  volume 0  vwap -  unmatched 3"), std::string::npos)
      << report;
  expect_same_report(session);
}

TEST(OrderBookReport, SameOrderIdInTwoBooks) {
  // Order ids are per book: the same id may rest in two instruments' books.
  Session session = small_session();
  session.events = {add(1, Side::buy, 1'000'000, 100, 0, 0), add(1, Side::buy, 1'000'000, 200, 1, 1),
                    execute(1, 100, 1), cancel(1, 100, 0), add(1, Side::sell, 1'000'100, 300, 2, 0)};
  expect_same_report(session);
}

TEST(OrderBookReport, ReplaceKeepsItsIdOrReusesADeletedOne) {
  Session session = small_session();
  session.events = {add(1, Side::sell, 1'000'100, 100), replace(1, 1, 1'000'200, 300),
                    execute(1, 100), cancel(1, 200), add(1, Side::buy, 999'900, 100),
                    replace(1, 2, 1'000'050, 100)};
  expect_same_report(session);
}

}  // namespace
}  // namespace kata::order_book_report
