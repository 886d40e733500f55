#pragma once
// regex-per-call: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kata/random.hpp"

namespace kata::regex_per_call {

// What the log agents of one service uploaded in one reporting window. Each upload is the
// body of one HTTP POST from an agent: the access-log lines it collected since its last
// upload (5 to 12 at this service's traffic), each ending with '\n'. Lines are printable
// ASCII.
//
// An accepted line has exactly this shape (nginx's "combined" format plus the request time):
//   <ip> <ident> <user> [<time>] "<METHOD> <path>[?<query>] HTTP/<version>" <status> <bytes> "<referer>" "<user agent>" <seconds>.<millis>
// where <ip> is four groups of 1-3 digits joined by '.'; <ident> and <user> are runs of
// non-space characters; <time> is anything but ']'; METHOD is upper-case letters; <path>
// is at least one character, none of them ' ', '?' or '"'; <query> has no ' ' or '"';
// <version> is 1.0, 1.1 or 2.0; <status> is three digits; <bytes> is digits or '-';
// <referer> and <user agent> are anything but '"'; <seconds> is digits and <millis> three
// digits. Anything else (truncated lines, error-log lines, empty lines) is rejected.
// Numbers fit in 64 bits.
struct IngestWindow {
  std::string service;               // e.g. "checkout-api"
  std::vector<std::string> uploads;  // one agent POST body each
};

// One endpoint's traffic: the method and the path with its id segments folded into ":id"
// (a path segment that is all digits, a UUID in lower-case hex 8-4-4-4-12, or 24 to 40
// lower-case hex digits), e.g. "GET /api/v2/orders/:id/items".
struct EndpointStats {
  std::string endpoint;
  std::uint64_t requests = 0;
  std::uint64_t client_errors = 0;  // status 400-499
  std::uint64_t server_errors = 0;  // status 500-599
  std::uint64_t bytes = 0;          // '-' counts as 0
  std::uint64_t total_ms = 0;       // sum of the request times, in milliseconds
  std::uint64_t max_ms = 0;
  bool operator==(const EndpointStats&) const = default;
};

// The window's traffic report: the service's label on the dashboards (its name, or
// "unknown" when the name is not a valid service name: a lower-case letter, then lower-case
// letters, digits and '-'), one entry per endpoint sorted by endpoint, and the number of
// rejected lines.
struct TrafficReport {
  std::string service;
  std::vector<EndpointStats> endpoints;
  std::uint64_t rejected_lines = 0;
  bool operator==(const TrafficReport&) const = default;
};

namespace baseline {
TrafficReport summarize_window(const IngestWindow& window);
}
namespace solution {
TrafficReport summarize_window(const IngestWindow& window);
}

// The inputs the tests and the benchmark use: a window of `uploads` agent uploads of 5-12
// lines each, about 2% of them rejected, drawn from `seed`.
inline IngestWindow make_window(std::size_t uploads, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  static const std::vector<std::string> services = {"checkout-api", "orders", "search-frontend",
                                                    "user-profile-v2", "payments-gateway"};
  static const std::vector<std::string> users = {"-", "-", "-", "alice", "svc-batch", "k8s-probe"};
  static const std::vector<std::string> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun"};
  static const std::vector<std::string> methods = {"GET", "GET", "GET", "GET", "GET", "GET",
                                                   "GET", "POST", "POST", "PUT", "DELETE",
                                                   "PATCH", "HEAD"};
  static const std::vector<std::string> versions = {"1.1", "1.1", "1.1", "1.1", "2.0", "1.0"};
  static const std::vector<int> statuses = {200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
                                            200, 200, 201, 204, 304, 400, 401, 404, 404, 429,
                                            500, 502, 503};
  static const std::vector<std::string> queries = {"?page=2&size=50", "?q=red+shoes&sort=price",
                                                   "?include=items,customer", "?v=3",
                                                   "?from=2024-03-01&to=2024-03-14"};
  static const std::vector<std::string> referers = {
      "-", "-", "https://shop.example.com/cart", "https://shop.example.com/products?page=3",
      "https://www.google.com/"};
  static const std::vector<std::string> agents = {
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
      "like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "okhttp/4.12.0", "python-requests/2.31.0", "kube-probe/1.29",
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"};
  static const std::vector<std::string> words = {"orders", "items", "users", "carts", "search",
                                                 "avatar", "products", "reviews", "invoices"};

  // One random draw per statement: the order of evaluation inside an expression is
  // unspecified, and the same seed must give the same input with every compiler.
  const auto number = [&rng](std::int64_t low, std::int64_t high) {
    return std::to_string(rng.between(low, high));
  };
  const auto hex = [&rng](int count) {
    std::string text;
    for (int i = 0; i < count; ++i) text += "0123456789abcdef"[rng.next() % 16];
    return text;
  };
  const auto path = [&]() {
    std::string text = "/api/v" + number(1, 2);
    const std::int64_t shape = rng.between(0, 9);
    text += "/" + rng.pick(words);
    if (shape <= 3) {
      text += "/" + number(1, 9'999'999);
      if (shape <= 1) text += "/" + rng.pick(words);
      if (shape == 0) text += "/" + number(1, 99);
    } else if (shape == 4) {
      std::string uuid = hex(8);
      uuid += "-" + hex(4);
      uuid += "-" + hex(4);
      uuid += "-" + hex(4);
      uuid += "-" + hex(12);
      text += "/" + uuid;
      text += "/" + rng.pick(words);
    } else if (shape == 5) {
      text += "/" + hex(rng.chance(0.5) ? 24 : 40);
    } else if (shape == 6) {
      text = "/static/js/app." + hex(20);
      text += ".js";
    } else if (shape == 7) {
      text += "/sku-" + number(100, 999);  // not an id: kept as it is
    } else if (shape == 8) {
      text = "/health";
    }  // shape 9: a collection, e.g. /api/v2/orders
    return text;
  };
  const auto access_line = [&]() {
    std::string line = number(1, 223);
    for (int i = 0; i < 3; ++i) line += "." + number(0, 255);
    line += " - " + rng.pick(users);
    line += " [" + number(10, 28);
    line += "/" + rng.pick(months);
    line += "/2024:" + number(10, 23);
    line += ":" + number(10, 59);
    line += ":" + number(10, 59);
    line += " +0000] \"" + rng.pick(methods);
    line += " " + path();
    if (rng.chance(0.3)) line += rng.pick(queries);
    line += " HTTP/" + rng.pick(versions);
    const int status = rng.pick(statuses);
    line += "\" " + std::to_string(status);
    line += " ";
    line += status == 204 || status == 304 ? std::string("-") : number(0, 250'000);
    line += " \"" + rng.pick(referers);
    line += "\" \"" + rng.pick(agents);
    line += "\" " + number(0, 2);
    line += "." + std::to_string(rng.between(0, 9));
    line += number(10, 99);
    return line;
  };

  IngestWindow window;
  window.service = rng.pick(services);
  window.uploads.reserve(uploads);
  for (std::size_t u = 0; u < uploads; ++u) {
    std::string body;
    const std::int64_t lines = rng.between(5, 12);
    for (std::int64_t l = 0; l < lines; ++l) {
      const double roll = rng.unit();
      std::string line = access_line();
      if (roll < 0.008) {  // the agent restarted mid-write
        line.resize(static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(line.size()) - 1)));
      } else if (roll < 0.014) {  // an error-log line in the wrong file
        line = "2024/03/14 09:26:53 [error] 31#31: *" + number(1, 99999);
        line += " upstream timed out (110: Connection timed out) while reading response header";
      } else if (roll < 0.02) {  // an old agent that does not log the request time
        line.resize(line.rfind(' '));
      }
      body += line;
      body += '\n';
    }
    window.uploads.push_back(std::move(body));
  }
  return window;
}

}  // namespace kata::regex_per_call
