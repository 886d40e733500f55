#pragma once
// arena: the interface the baseline and your solution share. Do not edit: the checker
// builds your solution.cpp against its own copy of this file.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kata/random.hpp"

namespace kata::arena {

// The request bodies the collector receives use a compact binary encoding (a simplified
// MessagePack). A value is one tag byte followed by its payload:
//
//   'n'                                    nil
//   't', 'f'                               true, false
//   'i' + 8 bytes                          a signed 64-bit integer
//   's' + length (4 bytes) + bytes         a string (UTF-8)
//   'a' + count (4 bytes) + count values   an array
//   'm' + count (4 bytes) + count × (key length (4 bytes) + key bytes + value)
//                                          a map; keys are strings and may repeat
//
// Integers, lengths and counts are little-endian. Bodies are well-formed (the gateway in
// front of the collector checks them) and hold exactly one value.
enum class Tag : char {
  nil = 'n',
  true_ = 't',
  false_ = 'f',
  integer = 'i',
  string = 's',
  array = 'a',
  map = 'm',
};

// Reads a body front to back. Throws std::runtime_error if the body ends early.
class BodyReader {
 public:
  explicit BodyReader(std::string_view body) : rest_(body) {}

  bool at_end() const { return rest_.empty(); }

  Tag tag() { return static_cast<Tag>(take(1)[0]); }

  std::uint32_t u32() { return load<std::uint32_t>(take(4)); }

  std::int64_t i64() { return static_cast<std::int64_t>(load<std::uint64_t>(take(8))); }

  // A length followed by that many bytes (string payloads and map keys).
  std::string_view text() { return take(u32()); }

 private:
  template <class T>
  static T load(std::string_view bytes) {
    static_assert(std::endian::native == std::endian::little, "the encoding is little-endian");
    T value;
    std::memcpy(&value, bytes.data(), sizeof value);
    return value;
  }

  std::string_view take(std::size_t count) {
    if (count > rest_.size()) ended_early();
    const std::string_view bytes(rest_.data(), count);
    rest_.remove_prefix(count);
    return bytes;
  }

  [[noreturn]] static void ended_early() { throw std::runtime_error("request body ends early"); }

  std::string_view rest_;
};

// Writes a body (the generator and the tests use it). Arrays and maps are written as
// their header, then their elements (for maps: key(), then the value, count times).
class BodyWriter {
 public:
  void nil() { out_ += static_cast<char>(Tag::nil); }
  void boolean(bool value) { out_ += static_cast<char>(value ? Tag::true_ : Tag::false_); }
  void integer(std::int64_t value) {
    out_ += static_cast<char>(Tag::integer);
    put(static_cast<std::uint64_t>(value), 8);
  }
  void string(std::string_view value) {
    out_ += static_cast<char>(Tag::string);
    key(value);
  }
  void array(std::uint32_t count) {
    out_ += static_cast<char>(Tag::array);
    put(count, 4);
  }
  void map(std::uint32_t count) {
    out_ += static_cast<char>(Tag::map);
    put(count, 4);
  }
  void key(std::string_view name) {
    put(static_cast<std::uint32_t>(name.size()), 4);
    out_ += name;
  }
  std::string take() { return std::move(out_); }

 private:
  void put(std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out_ += static_cast<char>((value >> (8 * i)) & 0xFF);
  }
  std::string out_;
};

// What the collector reports for one request. A body is a map; its "writeKey" (a string
// starting with "wk_") says which source sent it, and its "batch" is an array of events.
// An event is accepted when it is a map with
//   "type"       a string: "track", "identify" or "page"
//   "messageId"  a string of exactly 36 characters
//   "timestamp"  an integer
//   "userId" or, when there is no "userId", "anonymousId": a non-empty string
// Where a key repeats, its first occurrence counts. An accepted "track" event whose "event"
// is the string "Order Completed" is an order; its "properties" map's "revenue" (an integer,
// in cents) adds to the revenue when present.
struct RequestSummary {
  bool authorised = false;     // "writeKey" present and well-formed; if not, nothing else is counted
  std::uint32_t events = 0;    // elements of "batch" (0 when it is missing or not an array)
  std::uint32_t accepted = 0;  // events accepted
  std::uint32_t orders = 0;    // accepted "Order Completed" track events
  std::int64_t revenue_cents = 0;
  bool operator==(const RequestSummary&) const = default;
};

// Decodes and checks every request body of a batch the collector's front end handed over:
// one summary per body, in order.
namespace baseline {
std::vector<RequestSummary> ingest(const std::vector<std::string>& bodies);
}
namespace solution {
std::vector<RequestSummary> ingest(const std::vector<std::string>& bodies);
}

namespace detail {

inline std::string hex(kata::random::Rng& rng, std::size_t digits) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string text(digits, '0');
  for (char& c : text) c = kDigits[rng.next() % 16];
  return text;
}

// Every draw from `rng` is its own statement: the order in which the operands of one
// expression are evaluated is unspecified, and the input must be the same on every compiler.
inline std::string uuid(kata::random::Rng& rng) {
  std::string text = hex(rng, 8);
  for (const std::size_t digits : {4, 4, 4, 12}) {
    text += '-';
    text += hex(rng, digits);
  }
  return text;
}

// `count` numbers drawn from [low, high], joined by `separator`.
inline std::string numbers(kata::random::Rng& rng, std::size_t count, std::int64_t low, std::int64_t high,
                           char separator) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) text += separator;
    text += std::to_string(rng.between(low, high));
  }
  return text;
}

// One event of a tracking library's batch, as the analytics SDKs send them.
inline void write_event(BodyWriter& out, kata::random::Rng& rng) {
  static const std::vector<std::string> track_names = {
      "Order Completed", "Product Viewed", "Product Added", "Checkout Started",
      "Cart Viewed",     "Product Clicked", "Order Completed", "Products Searched"};
  static const std::vector<std::string> agents = {
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
      "like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
      "Version/17.4 Safari/605.1.15",
      "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
      "okhttp/4.12.0"};
  static const std::vector<std::string> libraries = {"analytics.js", "analytics-node",
                                                     "analytics-python", "analytics-ios",
                                                     "analytics-android"};
  static const std::vector<std::string> currencies = {"EUR", "USD", "GBP", "SEK"};
  static const std::vector<std::string> locales = {"en-GB", "de-DE", "fr-FR", "sv-SE", "en-US"};
  static const std::vector<std::string> destinations = {
      "Google Analytics 4",   "Google Tag Manager", "Facebook Conversions API", "Amplitude",
      "Mixpanel",             "Braze",              "Salesforce Marketing Cloud", "Customer.io",
      "Snowflake Warehouse",  "Google Ads Conversions"};

  const std::int64_t kind = rng.between(0, 99);
  const bool track = kind < 80;
  const bool page = kind >= 90;
  const std::string type = track ? "track" : page ? "page" : "identify";
  const bool has_message_id = !rng.chance(0.03);
  const bool numeric_timestamp = !rng.chance(0.02);
  const bool known_user = rng.chance(0.6);
  const bool has_properties = track || page;

  out.map(7u + (track ? 1u : 0u) + (has_message_id ? 1u : 0u) + (has_properties ? 1u : 0u));
  out.key("type");
  out.string(type);
  if (track) {
    out.key("event");
    out.string(rng.pick(track_names));
  }
  if (has_message_id) {
    out.key("messageId");
    out.string(uuid(rng));
  }
  if (known_user) {
    out.key("userId");
    out.string("usr_" + kata::random::word(rng, 12, 24));
  } else {
    out.key("anonymousId");
    out.string(uuid(rng));
  }
  out.key("timestamp");
  const std::int64_t when = 1'714'000'000'000 + rng.between(0, 86'400'000);
  if (numeric_timestamp)
    out.integer(when);
  else
    out.string(std::to_string(when));
  out.key("originalTimestamp");
  out.integer(when - rng.between(0, 2'000));
  out.key("sentAt");
  out.integer(when + rng.between(0, 5'000));
  // Which of the source's destinations get the event ("All" is the default for the others).
  out.key("integrations");
  const auto listed = static_cast<std::uint32_t>(rng.between(2, 6));
  out.map(1 + listed);
  out.key("All");
  out.boolean(true);
  for (std::uint32_t i = 0; i < listed; ++i) {
    out.key(destinations[(i * 3 + static_cast<std::size_t>(rng.between(0, 2))) % destinations.size()]);
    out.boolean(rng.chance(0.7));
  }
  if (has_properties) {
    out.key("properties");
    const bool coupon = rng.chance(0.3);
    out.map(6u + (coupon ? 1u : 0u));
    out.key("revenue");
    out.integer(rng.between(199, 250'000));
    out.key("currency");
    out.string(rng.pick(currencies));
    out.key("product_sku");
    std::string sku = "SKU-" + numbers(rng, 1, 1000, 9999, '-');
    sku += '-';
    sku += kata::random::word(rng, 4, 4);
    sku += '-';
    sku += numbers(rng, 1, 1000, 9999, '-');
    out.string(sku);
    out.key("product_name");
    std::string name = kata::random::word(rng, 5, 12);
    name += ' ';
    name += kata::random::word(rng, 5, 12);
    name += ' ';
    name += kata::random::word(rng, 3, 10);
    out.string(name);
    out.key("quantity");
    out.integer(rng.between(1, 5));
    out.key("in_stock");
    out.boolean(rng.chance(0.9));
    if (coupon) {
      out.key("coupon");
      out.string("SPRING-SALE-2024-" + std::to_string(rng.between(10, 99)));
    }
  }
  out.key("context");
  out.map(4);
  out.key("ip");
  out.string(numbers(rng, 4, 1, 223, '.'));
  out.key("userAgent");
  out.string(rng.pick(agents));
  out.key("library");
  out.map(2);
  out.key("name");
  out.string(rng.pick(libraries));
  out.key("version");
  out.string(numbers(rng, 3, 0, 20, '.'));
  out.key("page");
  out.map(3);
  out.key("url");
  out.string("https://shop.example.com/products/" + kata::random::word(rng, 6, 20));
  out.key("referrer");
  if (rng.chance(0.5))
    out.string("https://www.google.com/search?q=" + kata::random::word(rng, 4, 12));
  else
    out.nil();
  out.key("locale");
  out.string(rng.pick(locales));
}

}  // namespace detail

// The inputs the tests and the benchmark use: `count` request bodies drawn from `seed`,
// each a batch of 1-20 events (10.5 on average, about 840 bytes and 30 values per event).
// About 1% of the bodies carry a malformed writeKey, about 5% of the events are rejected.
inline std::vector<std::string> make_requests(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  std::vector<std::string> bodies;
  bodies.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    BodyWriter out;
    const auto events = static_cast<std::uint32_t>(rng.between(1, 20));
    out.map(3);
    out.key("writeKey");
    std::string write_key = rng.chance(0.01) ? "WK-" : "wk_";
    write_key += kata::random::word(rng, 28, 28);
    out.string(write_key);
    out.key("sentAt");
    out.integer(1'714'000'000'000 + rng.between(0, 86'400'000));
    out.key("batch");
    out.array(events);
    for (std::uint32_t e = 0; e < events; ++e) detail::write_event(out, rng);
    bodies.push_back(out.take());
  }
  return bodies;
}

}  // namespace kata::arena
