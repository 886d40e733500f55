// Correctness: the solution must report exactly the baseline's traffic per network.
#include <gtest/gtest.h>

#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::unbounded_cache {
namespace {

std::string describe(const AsTraffic& row) {
  std::ostringstream text;
  text << "{AS" << row.number << " \"" << row.organisation << "\" " << row.country << ", requests "
       << row.requests << ", bytes " << row.bytes << "}";
  return text.str();
}

// Succeeds when the reports are equal; otherwise says where they first differ.
::testing::AssertionResult same_report(const TrafficReport& expected, const TrafficReport& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::ostringstream message;
  if (expected.unresolved_requests != actual.unresolved_requests ||
      expected.unresolved_bytes != actual.unresolved_bytes)
    message << "unresolved traffic differs: baseline " << expected.unresolved_requests << " requests / "
            << expected.unresolved_bytes << " bytes, solution " << actual.unresolved_requests
            << " requests / " << actual.unresolved_bytes << " bytes\n";
  std::size_t index = 0;
  while (index < expected.systems.size() && index < actual.systems.size() &&
         expected.systems[index] == actual.systems[index])
    ++index;
  if (index < expected.systems.size() || index < actual.systems.size()) {
    const auto at = [index](const std::vector<AsTraffic>& rows) {
      return index < rows.size() ? describe(rows[index]) : std::string("(end of report)");
    };
    message << "systems differ at row " << index << "\n"
            << "  baseline: " << at(expected.systems) << "\n"
            << "  solution: " << at(actual.systems) << "\n"
            << "  rows:     baseline " << expected.systems.size() << ", solution " << actual.systems.size();
  }
  return ::testing::AssertionFailure() << message.str();
}

::testing::AssertionResult same_as_baseline(const AccessLog& log) {
  return same_report(baseline::traffic_by_network(log), solution::traffic_by_network(log));
}

// A small database: AS 100 owns 10.0.0.0-10.0.0.255, AS 200 owns 10.0.1.0-10.0.1.255 and
// 192.168.0.0-192.168.255.255; nothing else is announced.
AsnDatabase small_database() {
  AsnDatabase database;
  database.records = {encode_record({100, "Example Campus Network", "SE"}, "type=education"),
                      "type=hosting;cc=NL;org=Example Hosting and Cloud B.V.;asn=200"};
  database.ranges = {{0x0A000000, 0x0A0000FF, 0}, {0x0A000100, 0x0A0001FF, 1}, {0xC0A80000, 0xC0A8FFFF, 1}};
  return database;
}

AccessLog log_of(AsnDatabase database, const std::vector<std::string>& clients) {
  AccessLog log;
  log.database = std::move(database);
  std::uint64_t now = 1'714'000'000'000;
  std::uint32_t bytes = 100;
  for (const std::string& client : clients) log.requests.push_back(Request{now++, client, bytes++});
  return log;
}

TEST(UnboundedCache, MatchesBaselineOnGeneratedLogs) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {0u, 1u, 2u, 50u, 3000u, 40000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(same_as_baseline(make_access_log(size, seed)));
    }
  }
}

TEST(UnboundedCache, ManyMoreClientsThanACacheHolds) {
  // 60,000 distinct clients, each seen twice, the second round in reverse order, and then the
  // first 1,000 again: whatever a bounded cache evicts must be resolved again, correctly.
  const AccessLog generated = make_access_log(0, 5);
  std::vector<std::string> clients;
  for (std::uint32_t i = 0; i < 60'000; ++i) {
    const std::uint32_t address = i * 71'993u + 12'345u;
    clients.push_back(std::to_string(address >> 24) + "." + std::to_string((address >> 16) & 0xFF) + "." +
                      std::to_string((address >> 8) & 0xFF) + "." + std::to_string(address & 0xFF));
  }
  std::vector<std::string> stream = clients;
  stream.insert(stream.end(), clients.rbegin(), clients.rend());
  stream.insert(stream.end(), clients.begin(), clients.begin() + 1000);
  EXPECT_TRUE(same_as_baseline(log_of(generated.database, stream)));
}

TEST(UnboundedCache, EmptyLog) {
  const TrafficReport report = solution::traffic_by_network(log_of(small_database(), {}));
  EXPECT_TRUE(same_report(TrafficReport{}, report));
}

TEST(UnboundedCache, EmptyDatabase) {
  EXPECT_TRUE(same_as_baseline(log_of(AsnDatabase{}, {"10.0.0.1", "-", "10.0.0.1"})));
}

TEST(UnboundedCache, RangeBoundaries) {
  const AccessLog log = log_of(small_database(), {"9.255.255.255", "10.0.0.0", "10.0.0.255", "10.0.1.0",
                                                  "10.0.1.255", "10.0.2.0", "192.167.255.255", "192.168.0.0",
                                                  "192.168.255.255", "192.169.0.0", "0.0.0.0",
                                                  "255.255.255.255"});
  EXPECT_TRUE(same_as_baseline(log));
  const TrafficReport report = solution::traffic_by_network(log);
  ASSERT_EQ(report.systems.size(), 2u);
  EXPECT_EQ(report.systems[0].requests, 2u);  // AS 100
  EXPECT_EQ(report.systems[1].requests, 4u);  // AS 200, over its two ranges
  EXPECT_EQ(report.unresolved_requests, 6u);
}

TEST(UnboundedCache, RecordsWithFieldsMissingOrOutOfOrder) {
  AsnDatabase database;
  database.records = {"org=No Number Networks;cc=FR", "asn=77;cc=;org=", "garbage;;asn=78x;org=A;B=;cc=DE",
                      "cc=JP;type=mobile;asn=4713;org=Example Mobile Communications Ltd"};
  database.ranges = {{0x0B000000, 0x0B0000FF, 0}, {0x0B000100, 0x0B0001FF, 1}, {0x0B000200, 0x0B0002FF, 2},
                     {0x0B000300, 0x0B0003FF, 3}};
  EXPECT_TRUE(same_as_baseline(log_of(database, {"11.0.0.1", "11.0.1.1", "11.0.2.1", "11.0.3.1", "11.0.3.2",
                                                 "11.0.0.1", "11.0.4.1"})));
}

TEST(UnboundedCache, TextThatIsNotAnAddress) {
  EXPECT_TRUE(same_as_baseline(log_of(
      small_database(), {"-", "", "10.0.0.1 ", " 10.0.0.1", "10.0.0", "10.0.0.1.5", "10..0.1", "10.0.0.256",
                         "010.000.000.001", "0010.0.0.1", "a.b.c.d", "10.0.0.-1", "10.0.0.1/24", "::ffff:10.0.0.1",
                         "10.0.0.1", "10.0.1.7"})));
}

TEST(UnboundedCache, OneClientAllDay) {
  EXPECT_TRUE(same_as_baseline(log_of(small_database(), std::vector<std::string>(50'000, "192.168.10.20"))));
}

TEST(UnboundedCache, ClientsThatComeBackAfterALongTime) {
  // Regular clients interleaved with a long run of one-off ones, then the regulars again.
  const AccessLog generated = make_access_log(20'000, 11);
  AccessLog log = generated;
  const AccessLog later = make_access_log(20'000, 11);
  for (Request request : later.requests) {
    request.timestamp_ms += 3'600'000;  // an hour later
    log.requests.push_back(std::move(request));
  }
  SCOPED_TRACE("a generated log (seed 11, size 20000) played twice, an hour apart");
  EXPECT_TRUE(same_as_baseline(log));
}

}  // namespace
}  // namespace kata::unbounded_cache
