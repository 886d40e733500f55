// Alternative: no std::regex on the hot path at all. A small hand-written parser walks each
// line once, checking exactly what the pattern checks, and folds id segments without
// building a string per path; lines are views into the upload (no getline copy), and the
// endpoint key is built in one reused buffer. Far faster than a kept regex, at the price of
// code that must be kept in step with the format by hand (the tests check it against the
// baseline's regular expression). The service label is still checked with a regex: once
// per window, it is not worth touching.
#include <algorithm>
#include <map>
#include <regex>
#include <string_view>

#include "kata.hpp"

namespace kata::regex_per_call::solution {

namespace {

using Stats = std::map<std::string, EndpointStats, std::less<>>;

std::string service_label(const std::string& service) {
  const std::regex service_name("[a-z][a-z0-9-]*");
  return std::regex_match(service, service_name) ? service : "unknown";
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f'); }
// \s in the "C" locale.
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// A cursor over one line; every step says whether the line still fits the format.
class Line {
 public:
  explicit Line(std::string_view text) : text_(text) {}

  bool at_end() const { return at_ == text_.size(); }
  bool next_is(char c) const { return at_ < text_.size() && text_[at_] == c; }
  bool eat(char c) {
    if (!next_is(c)) return false;
    ++at_;
    return true;
  }
  bool eat(std::string_view literal) {
    if (text_.substr(at_, literal.size()) != literal) return false;
    at_ += literal.size();
    return true;
  }
  // The longest run of characters satisfying `keep`, from here.
  template <class Predicate>
  std::string_view run(Predicate keep) {
    const std::size_t from = at_;
    while (at_ < text_.size() && keep(text_[at_])) ++at_;
    return text_.substr(from, at_ - from);
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

std::uint64_t to_number(std::string_view digits) {
  std::uint64_t value = 0;
  for (const char c : digits) value = value * 10 + static_cast<std::uint64_t>(c - '0');
  return value;
}

struct Request {
  std::string_view method, path;
  int status = 0;
  std::uint64_t bytes = 0, ms = 0;
};

// True when `text` has the accepted shape (kata.hpp), filling `request`.
bool parse(std::string_view text, Request& request) {
  Line line(text);
  const auto digits = [](char c) { return is_digit(c); };
  const auto not_space = [](char c) { return !is_space(c); };
  // <ip>: four groups of 1-3 digits.
  for (int group = 0; group < 4; ++group) {
    if (group > 0 && !line.eat('.')) return false;
    const std::size_t length = line.run(digits).size();
    if (length < 1 || length > 3) return false;
  }
  // <ident> <user> [<time>]
  if (!line.eat(' ') || line.run(not_space).empty()) return false;
  if (!line.eat(' ') || line.run(not_space).empty()) return false;
  if (!line.eat(" [") || line.run([](char c) { return c != ']'; }).empty()) return false;
  if (!line.eat("] \"")) return false;
  // "<METHOD> <path>[?<query>] HTTP/<version>"
  request.method = line.run([](char c) { return c >= 'A' && c <= 'Z'; });
  if (request.method.empty() || !line.eat(' ')) return false;
  request.path = line.run([](char c) { return c != ' ' && c != '?' && c != '"'; });
  if (request.path.empty()) return false;
  if (line.eat('?')) line.run([](char c) { return c != ' ' && c != '"'; });
  if (!line.eat(" HTTP/")) return false;
  if (!line.eat("1.0") && !line.eat("1.1") && !line.eat("2.0")) return false;
  if (!line.eat("\" ")) return false;
  // <status> <bytes>
  const std::string_view status = line.run(digits);
  if (status.size() != 3 || !line.eat(' ')) return false;
  request.status = static_cast<int>(to_number(status));
  if (line.eat('-')) {
    request.bytes = 0;
  } else {
    const std::string_view bytes = line.run(digits);
    if (bytes.empty()) return false;
    request.bytes = to_number(bytes);
  }
  // "<referer>" "<user agent>"
  if (!line.eat(" \"")) return false;
  line.run([](char c) { return c != '"'; });
  if (!line.eat("\" \"")) return false;
  line.run([](char c) { return c != '"'; });
  if (!line.eat("\" ")) return false;
  // <seconds>.<millis>
  const std::string_view seconds = line.run(digits);
  if (seconds.empty() || !line.eat('.')) return false;
  const std::string_view millis = line.run(digits);
  if (millis.size() != 3 || !line.at_end()) return false;
  request.ms = to_number(seconds) * 1000 + to_number(millis);
  return true;
}

// All digits; a lower-case UUID (8-4-4-4-12); or 24 to 40 lower-case hex digits.
bool is_id(std::string_view segment) {
  if (segment.empty()) return false;
  if (std::all_of(segment.begin(), segment.end(), is_digit)) return true;
  if (segment.size() == 36) {
    bool uuid = true;
    for (std::size_t i = 0; i < 36 && uuid; ++i)
      uuid = (i == 8 || i == 13 || i == 18 || i == 23) ? segment[i] == '-' : is_hex(segment[i]);
    if (uuid) return true;
  }
  return segment.size() >= 24 && segment.size() <= 40 && std::all_of(segment.begin(), segment.end(), is_hex);
}

// Appends `path` with every id segment replaced by ":id".
void append_folded(std::string& out, std::string_view path) {
  const std::size_t first_slash = std::min(path.find('/'), path.size());
  out.append(path.substr(0, first_slash));
  std::size_t at = first_slash;
  while (at < path.size()) {  // path[at] == '/'
    const std::size_t end = std::min(path.find('/', at + 1), path.size());
    const std::string_view segment = path.substr(at + 1, end - at - 1);
    if (is_id(segment)) {
      out.append("/:id");
    } else {
      out.append(path.substr(at, end - at));
    }
    at = end;
  }
}

}  // namespace

TrafficReport summarize_window(const IngestWindow& window) {
  TrafficReport report;
  report.service = service_label(window.service);
  Stats stats;
  std::string endpoint;
  Request request;
  for (const std::string& upload : window.uploads) {
    const std::string_view text(upload);
    std::size_t at = 0;
    while (at < text.size()) {
      const std::size_t end = std::min(text.find('\n', at), text.size());
      const std::string_view line = text.substr(at, end - at);
      at = end + 1;
      if (!parse(line, request)) {
        ++report.rejected_lines;
        continue;
      }
      endpoint.assign(request.method);
      endpoint += ' ';
      append_folded(endpoint, request.path);
      auto found = stats.find(endpoint);
      if (found == stats.end()) found = stats.emplace(endpoint, EndpointStats{}).first;
      EndpointStats& entry = found->second;
      ++entry.requests;
      if (request.status >= 400 && request.status < 500) ++entry.client_errors;
      if (request.status >= 500 && request.status < 600) ++entry.server_errors;
      entry.bytes += request.bytes;
      entry.total_ms += request.ms;
      entry.max_ms = std::max(entry.max_ms, request.ms);
    }
  }
  for (auto& [key, entry] : stats) {
    entry.endpoint = key;
    report.endpoints.push_back(std::move(entry));
  }
  return report;
}

}  // namespace kata::regex_per_call::solution
