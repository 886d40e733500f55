#pragma once
// log-analytics: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kata/random.hpp"

namespace kata::log_analytics {

// One slice of an edge proxy's access log, as the log shipper hands it to the summary job,
// with the job's settings.
//
// `config`: "key = value" lines; blank lines and lines starting with '#' are ignored.
//   top_agents = N   how many user agents each endpoint lists (default 3)
//   slow_ms = N      a request taking longer than N ms counts as slow (default 500)
//
// `lines`: one request each, fields separated by single spaces, the user agent last:
//   2026-11-22T20:14:03.512Z 10.42.7.193 GET /api/v2/orders/81723?expand=items 200 5123 23417 "curl/8.4.0"
//   time                     client      method target                         status bytes latency_us agent
// `bytes` is the response body's size, or "-" when there was no body (304, 204, HEAD).
// `time` is UTC, "YYYY-MM-DDThh:mm:ss" and optional fractions. A line is malformed, and
// only counted, when a field is missing, when the time is not such a time, when status or
// latency_us is not a number, or when the agent is not enclosed in double quotes. The
// shipper cuts lines that were too long and sometimes sends empty ones.
struct LogBatch {
  std::string config;
  std::vector<std::string> lines;
};

// The summary, one text report:
//   access log summary: <lines> lines, <parsed> parsed, <malformed> malformed, <endpoints> endpoints
// then one line per endpoint, in byte order of the endpoint name ("GET /api/v2/orders/{id}":
// the method, a space and the target's path without its query, every all-digit path
// segment replaced by "{id}"):
//   <endpoint>  requests <n>  peak <most requests in one minute of the hour>/min
//   errors <5xx share, %.2f>%  slow <n>  p50 <ms> ms  p95 <ms> ms  p99 <ms> ms
//   clients <distinct client addresses>  bytes <sum>  agents "<ua>" <n>, ...
// (one line; percentiles by nearest rank; the top agents by count, ties by name).
namespace baseline {
std::string summarize_batch(const LogBatch& batch);
}
namespace solution {
std::string summarize_batch(const LogBatch& batch);
}

// The inputs the tests and the benchmark use: `count` lines of an hour of an edge proxy's
// traffic drawn from `seed`: 24 endpoints of a shop's API with ids in their paths, a few
// thousand client addresses, two dozen user agents, about 6% of the responses without a
// body ("-" bytes), about 1% errors, and a few cut or empty lines.
inline LogBatch make_batch(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  LogBatch batch;
  batch.config =
      "# hourly access-log summary, edge proxies eu-west\n"
      "\n"
      "top_agents = 3\n"
      "slow_ms = 250\n";

  struct Endpoint {
    const char* method;
    const char* path;  // '#' stands for a numeric id
    const char* query;
    int weight;
  };
  static constexpr std::array<Endpoint, 24> endpoints{{
      {"GET", "/api/v2/catalogue/items/#", "", 200},
      {"GET", "/api/v2/catalogue/search", "?q=shoes&page=2", 60},
      {"GET", "/api/v2/orders/#", "?expand=items", 30},
      {"GET", "/api/v2/customers/#/orders", "?limit=20", 14},
      {"POST", "/api/v2/carts/#/items", "", 12},
      {"GET", "/api/v2/carts/#", "", 12},
      {"PUT", "/api/v2/carts/#/items/#", "", 8},
      {"DELETE", "/api/v2/carts/#/items/#", "", 4},
      {"POST", "/api/v2/checkout", "", 6},
      {"POST", "/api/v2/payments/authorise", "", 5},
      {"GET", "/api/v2/customers/#", "", 8},
      {"PATCH", "/api/v2/customers/#/addresses/#", "", 2},
      {"GET", "/api/v2/recommendations/#", "?slot=home", 10},
      {"GET", "/api/v2/stock/#/levels", "", 6},
      {"GET", "/static/js/app.4f2c9e.js", "", 9},
      {"GET", "/static/css/site.b81d07.css", "", 7},
      {"GET", "/images/products/#/large.webp", "", 40},
      {"GET", "/healthz", "", 3},
      {"POST", "/api/v1/legacy/stock-sync", "", 2},
      {"GET", "/api/v2/promotions/active", "", 4},
      {"HEAD", "/api/v2/catalogue/items/#", "", 2},
      {"GET", "/api/v2/orders/#/invoice.pdf", "", 3},
      {"POST", "/api/v2/sessions", "", 4},
      {"GET", "/api/v2/shipping/quotes", "?country=DE&zip=10115", 5},
  }};
  int total_weight = 0;
  for (const Endpoint& e : endpoints) total_weight += e.weight;

  static constexpr std::array<const char*, 24> agents{{
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/119.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
      "Version/17.1 Safari/605.1.15",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
      "Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/119.0.6045.163 Mobile Safari/537.36",
      "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0",
      "ShopApp/7.12.0 (iOS 17.1; iPhone14,5)",
      "ShopApp/7.12.0 (Android 14; SM-S911B)",
      "ShopApp/7.11.3 (Android 13; Pixel 6a)",
      "okhttp/4.12.0",
      "curl/8.4.0",
      "python-requests/2.31.0",
      "Go-http-client/1.1",
      "kube-probe/1.28",
      "Prometheus/2.48.0",
      "Googlebot/2.1 (+http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "Apache-HttpClient/4.5.14 (Java/17.0.9)",
      "axios/1.6.2",
      "PostmanRuntime/7.35.0",
      "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
      "Version/16.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/119.0.0.0 Safari/537.36 Edg/119.0.2151.72",
      "stock-sync/2.3 (internal)",
  }};

  // Client addresses: thousands of callers, most of them phones on IPv6 (written out in
  // full by the proxy), the rest IPv4.
  std::vector<std::string> clients(16000);
  for (std::string& client : clients) {
    if (rng.chance(0.8)) {
      static constexpr char hex[] = "0123456789abcdef";
      client = "2a02:";
      for (int group = 0; group < 7; ++group) {
        for (int digit = 0; digit < 4; ++digit) client += hex[rng.next() % 16];
        if (group < 6) client += ':';
      }
    } else {
      client = std::to_string(rng.between(1, 223)) + "." + std::to_string(rng.between(0, 255)) +
               "." + std::to_string(rng.between(0, 255)) + "." + std::to_string(rng.between(1, 254));
    }
  }

  std::int64_t millis = rng.between(0, 3'599'999);
  batch.lines.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    millis = (millis + rng.between(0, 180)) % 3'600'000;
    int pick = static_cast<int>(rng.between(0, total_weight - 1));
    std::size_t which = 0;
    while (pick >= endpoints[which].weight) pick -= endpoints[which++].weight;
    const Endpoint& endpoint = endpoints[which];

    std::string target;
    for (const char* c = endpoint.path; *c != '\0'; ++c) {
      if (*c == '#') target += std::to_string(rng.between(1, 9'999'999));
      else target += *c;
    }
    if (*endpoint.query != '\0' && rng.chance(0.7)) target += endpoint.query;

    const double draw = rng.unit();
    int status = 200;
    if (draw < 0.012) status = draw < 0.004 ? 500 : (draw < 0.008 ? 502 : 503);
    else if (draw < 0.032) status = 404;
    else if (draw < 0.067) status = 304;
    else if (draw < 0.077) status = 204;
    else if (endpoint.method[0] == 'P' && endpoint.method[1] == 'O') status = 201;
    const bool no_body = status == 304 || status == 204 || endpoint.method[0] == 'H';
    const std::string bytes = no_body ? "-" : std::to_string(rng.between(120, 180'000));

    const double slow = rng.unit();
    std::int64_t latency_us = slow < 0.02   ? rng.between(250'000, 4'000'000)
                              : slow < 0.15 ? rng.between(40'000, 250'000)
                                            : rng.between(900, 40'000);
    if (status >= 500 && rng.chance(0.5)) latency_us = 30'000'000;

    char time[32];
    const auto ms = static_cast<int>(millis);
    const int minute = ms / 60'000, second = ms / 1000 % 60, milli = ms % 1000;
    std::string line = "2026-11-22T20:";
    time[0] = static_cast<char>('0' + minute / 10);
    time[1] = static_cast<char>('0' + minute % 10);
    time[2] = ':';
    time[3] = static_cast<char>('0' + second / 10);
    time[4] = static_cast<char>('0' + second % 10);
    time[5] = '.';
    time[6] = static_cast<char>('0' + milli / 100);
    time[7] = static_cast<char>('0' + milli / 10 % 10);
    time[8] = static_cast<char>('0' + milli % 10);
    time[9] = 'Z';
    line.append(time, 10);
    line += ' ';
    line += clients[static_cast<std::size_t>(rng.next() % clients.size())];
    line += ' ';
    line += endpoint.method;
    line += ' ';
    line += target;
    line += ' ';
    line += std::to_string(status);
    line += ' ';
    line += bytes;
    line += ' ';
    line += std::to_string(latency_us);
    line += " \"";
    // A skewed choice: the first agents are far more common than the last.
    const auto agent = static_cast<std::size_t>(rng.between(0, 23) * rng.between(0, 23) / 23);
    line += agents[agent];
    line += '"';

    const double damage = rng.unit();
    if (damage < 0.001) {
      line.clear();  // an empty line from the shipper
    } else if (damage < 0.004) {
      line.resize(static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(line.size()) - 1)));
    }
    batch.lines.push_back(std::move(line));
  }
  return batch;
}

}  // namespace kata::log_analytics
