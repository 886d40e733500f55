#pragma once
// unbounded-cache: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kata/random.hpp"

namespace kata::unbounded_cache {

// An autonomous system: a network (an ISP, a cloud, a university) as the ASN database names it.
struct AutonomousSystem {
  std::uint32_t number = 0;   // the AS number, e.g. 3320
  std::string organisation;   // e.g. "Deutsche Telekom AG"
  std::string country;        // ISO 3166 code, e.g. "DE"
};

// The database stores each system as a record in its data section, as the MaxMind and
// iptoasn formats do: "key=value" fields separated by ';', in any order, values containing
// neither ';' nor '='. The reader decodes a record into its fields, like libmaxminddb's
// entry data list; a field without '=' is skipped.
struct RecordField {
  std::string key;
  std::string value;
};

inline std::vector<RecordField> decode_record(std::string_view record) {
  std::vector<RecordField> fields;
  while (!record.empty()) {
    const std::size_t end = std::min(record.find(';'), record.size());
    const std::string_view field = record.substr(0, end);
    record.remove_prefix(std::min(end + 1, record.size()));
    const std::size_t equals = field.find('=');
    if (equals == std::string_view::npos) continue;
    fields.push_back(RecordField{std::string(field.substr(0, equals)), std::string(field.substr(equals + 1))});
  }
  return fields;
}

// The system a record describes: the fields asn (decimal digits; anything after them is
// ignored), org and cc, their first occurrence; a missing field leaves its default.
// Records carry others (type, domain, descr, abuse, rir, updated).
inline AutonomousSystem system_of(const std::vector<RecordField>& fields) {
  AutonomousSystem system;
  bool number = false, organisation = false, country = false;
  for (const RecordField& field : fields) {
    if (field.key == "asn" && !number) {
      number = true;
      for (const char digit : field.value) {
        if (digit < '0' || digit > '9') break;
        system.number = system.number * 10 + static_cast<std::uint32_t>(digit - '0');
      }
    } else if (field.key == "org" && !organisation) {
      organisation = true;
      system.organisation = field.value;
    } else if (field.key == "cc" && !country) {
      country = true;
      system.country = field.value;
    }
  }
  return system;
}

// The inverse, for the generator and the tests: asn, org and cc, then `extra` fields.
inline std::string encode_record(const AutonomousSystem& system, std::string_view extra = {}) {
  std::string record = "asn=" + std::to_string(system.number) + ";org=" + system.organisation +
                       ";cc=" + system.country;
  if (!extra.empty()) {
    record += ';';
    record += extra;
  }
  return record;
}

// The IPv4 addresses first..last (both inclusive, host byte order) belong to the system of
// records[system].
struct AddressRange {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  std::uint32_t system = 0;
};

// The weekly ASN database release (like iptoasn.com's or GeoLite2-ASN): one record per
// system, and ranges in address order, never overlapping, with gaps for space nobody
// announces.
struct AsnDatabase {
  std::vector<std::string> records;
  std::vector<AddressRange> ranges;

  // The range that contains `address`, or nullptr.
  const AddressRange* find(std::uint32_t address) const {
    const auto after = std::upper_bound(
        ranges.begin(), ranges.end(), address,
        [](std::uint32_t value, const AddressRange& range) { return value < range.first; });
    if (after == ranges.begin()) return nullptr;
    const AddressRange& range = *std::prev(after);
    return address <= range.last ? &range : nullptr;
  }

  // The system a range belongs to, decoded from its record.
  AutonomousSystem system(const AddressRange& range) const {
    return system_of(decode_record(records[range.system]));
  }
};

// Dotted-quad IPv4 text to an address: exactly four decimal numbers of 1-3 digits, each at
// most 255, separated by single dots, nothing before or after. Anything else: nullopt.
inline std::optional<std::uint32_t> parse_ipv4(std::string_view text) {
  std::uint32_t address = 0;
  for (int part = 0; part < 4; ++part) {
    if (part > 0) {
      if (text.empty() || text.front() != '.') return std::nullopt;
      text.remove_prefix(1);
    }
    std::size_t digits = 0;
    std::uint32_t value = 0;
    while (digits < text.size() && digits < 4 && text[digits] >= '0' && text[digits] <= '9')
      value = value * 10 + static_cast<std::uint32_t>(text[digits++] - '0');
    if (digits == 0 || digits > 3 || value > 255) return std::nullopt;
    address = (address << 8) | value;
    text.remove_prefix(digits);
  }
  if (!text.empty()) return std::nullopt;
  return address;
}

// One line of the load balancers' access log.
struct Request {
  std::uint64_t timestamp_ms = 0;
  std::string client;  // the client address as logged: dotted-quad IPv4, or "-" when unknown
  std::uint32_t bytes = 0;
};

// A stretch of the log stream, in time order, and the ASN database in use.
struct AccessLog {
  AsnDatabase database;
  std::vector<Request> requests;
};

// Traffic per autonomous system. A request is attributed to the system of the range that
// contains its client's address; a client that does not parse as an address (see
// parse_ipv4) or lies in no range is unresolved.
struct AsTraffic {
  std::uint32_t number = 0;
  std::string organisation;
  std::string country;
  std::uint64_t requests = 0;
  std::uint64_t bytes = 0;
  bool operator==(const AsTraffic&) const = default;
};

struct TrafficReport {
  std::vector<AsTraffic> systems;  // the systems with traffic, by AS number
  std::uint64_t unresolved_requests = 0;
  std::uint64_t unresolved_bytes = 0;
  bool operator==(const TrafficReport&) const = default;
};

// Processes the stretch of the stream request by request and reports the traffic per system.
namespace baseline {
TrafficReport traffic_by_network(const AccessLog& log);
}
namespace solution {
TrafficReport traffic_by_network(const AccessLog& log);
}

// The generated database: systems and ranges (the same for every size).
inline constexpr std::size_t kSystems = 1000;
inline constexpr std::size_t kRanges = 20000;
// Regular clients in a generated log (offices, NAT gateways, crawlers, API integrations).
inline constexpr std::size_t kRegularClients = 1000;

// The inputs the tests and the benchmark use: a database of kRanges ranges over kSystems
// systems, and a log of `requests` requests about a millisecond apart, drawn from `seed`.
// 85% of the requests come from the regular clients (a few of them very often), 14% from
// addresses anywhere in the IPv4 space (scanners, mobile carriers' address pools, one-off
// visitors: almost every one of them is seen once), 1% have no client address ("-").
inline AccessLog make_access_log(std::size_t requests, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  AccessLog log;
  static const std::vector<std::string> suffixes = {"GmbH", "Ltd", "Inc.", "AB", "S.A.", "B.V.",
                                                    "Telecom", "Networks", "Hosting", "Cloud Services"};
  static const std::vector<std::string> countries = {"DE", "US", "GB", "FR", "SE", "NL", "BR", "IN",
                                                     "JP", "AU", "CA", "ES", "IT", "PL", "ZA"};
  static const std::vector<std::string> types = {"isp", "hosting", "business", "education", "mobile"};
  static const std::vector<std::string> registries = {"ripencc", "arin", "apnic", "lacnic", "afrinic"};
  log.database.records.reserve(kSystems);
  for (std::size_t i = 0; i < kSystems; ++i) {
    AutonomousSystem system;
    system.number = static_cast<std::uint32_t>(1000 + i * 37 + static_cast<std::size_t>(rng.between(0, 36)));
    // One draw per statement: the order in which operands are evaluated is unspecified, and
    // the input must be the same on every compiler.
    system.organisation = kata::random::word(rng, 5, 10);
    system.organisation += ' ';
    system.organisation += kata::random::word(rng, 4, 9);
    system.organisation += ' ';
    system.organisation += rng.pick(suffixes);
    system.organisation[0] = static_cast<char>(system.organisation[0] - 'a' + 'A');
    system.country = rng.pick(countries);
    const std::string domain = kata::random::word(rng, 4, 12) + ".net";
    std::string extra = "type=" + rng.pick(types);
    extra += ";domain=" + domain;
    extra += ";descr=";
    extra += kata::random::word(rng, 6, 12);
    extra += " backbone and access network, ";
    extra += kata::random::word(rng, 4, 10);
    extra += ";abuse=abuse@" + domain;
    extra += ";rir=";
    extra += rng.pick(registries);
    extra += ";updated=2024-0";
    extra += std::to_string(rng.between(1, 9));
    extra += "-1";
    extra += std::to_string(rng.between(0, 9));
    log.database.records.push_back(encode_record(system, extra));
  }

  // Ranges of about `span` addresses, one in ten preceded by a gap of about the same size.
  const std::uint64_t span = (std::uint64_t{1} << 32) / (kRanges + kRanges / 10 + 1);
  std::uint64_t cursor = static_cast<std::uint64_t>(rng.between(0, static_cast<std::int64_t>(span)));
  log.database.ranges.reserve(kRanges);
  for (std::size_t i = 0; i < kRanges; ++i) {
    if (rng.chance(0.1)) cursor += static_cast<std::uint64_t>(rng.between(1, static_cast<std::int64_t>(span)));
    const auto length = static_cast<std::uint64_t>(
        rng.between(static_cast<std::int64_t>(span / 2), static_cast<std::int64_t>(span + span / 2)));
    if (cursor + length > 0xFFFF'FFFFu) break;
    AddressRange range;
    range.first = static_cast<std::uint32_t>(cursor);
    range.last = static_cast<std::uint32_t>(cursor + length - 1);
    range.system = static_cast<std::uint32_t>(rng.between(0, static_cast<std::int64_t>(kSystems) - 1));
    log.database.ranges.push_back(range);
    cursor += length;
  }

  const auto dotted = [](std::uint32_t address) {
    return std::to_string(address >> 24) + "." + std::to_string((address >> 16) & 0xFF) + "." +
           std::to_string((address >> 8) & 0xFF) + "." + std::to_string(address & 0xFF);
  };
  std::vector<std::string> regulars;
  regulars.reserve(kRegularClients);
  for (std::size_t i = 0; i < kRegularClients; ++i) {
    const AddressRange& range = rng.pick(log.database.ranges);
    regulars.push_back(dotted(static_cast<std::uint32_t>(rng.between(range.first, range.last))));
  }

  log.requests.reserve(requests);
  std::uint64_t now = 1'714'000'000'000 + static_cast<std::uint64_t>(rng.between(0, 86'400'000));
  for (std::size_t i = 0; i < requests; ++i) {
    Request request;
    now += static_cast<std::uint64_t>(rng.between(0, 2));
    request.timestamp_ms = now;
    request.bytes = static_cast<std::uint32_t>(rng.between(200, 250'000));
    const std::int64_t dice = rng.between(0, 99);
    if (dice < 85) {
      const double u = rng.unit();  // skewed: a few regular clients send most of their share
      request.client = regulars[static_cast<std::size_t>(u * u * static_cast<double>(kRegularClients))];
    } else if (dice < 99) {
      request.client = dotted(static_cast<std::uint32_t>(rng.next()));
    } else {
      request.client = "-";
    }
    log.requests.push_back(std::move(request));
  }
  return log;
}

}  // namespace kata::unbounded_cache
