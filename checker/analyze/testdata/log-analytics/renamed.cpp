// Detector fixture: the baseline's five hot anti-patterns with other names and shapes:
// std::count over a deque of seen clients inside a while loop, a std::stringstream with
// std::getline per field and a second stream for the time, std::stol in a try block in a
// helper called per line, `path = "/" + piece + path` built backwards in a for loop, and an
// unordered_map looked up with find() on a key concatenated in the call. Every clang-query
// detector must still fire on it.
#include <algorithm>
#include <ctime>
#include <deque>
#include <iomanip>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "kata.hpp"

namespace kata::log_analytics::solution {

namespace {

struct Fields {
  std::vector<std::string> parts;
  int minute = 0;
};

struct Bucket {
  long hits = 0;
  long size = 0;
  std::deque<std::string> seen;
};

bool split(const std::string& text, Fields& out) {
  std::stringstream in(text);
  std::string part;
  out.parts.clear();
  while (std::getline(in, part, ' ')) out.parts.push_back(part);
  if (out.parts.size() < 8) return false;
  std::tm parsed{};
  std::istringstream clock(out.parts[0]);
  clock >> std::get_time(&parsed, "%Y-%m-%dT%H:%M:%S");
  out.minute = parsed.tm_min;
  return static_cast<bool>(clock);
}

long size_of(const std::string& field) {
  long result = 0;
  try {
    result = std::stol(field);
  } catch (...) {
    result = 0;
  }
  return result;
}

std::string route_of(const std::string& target) {
  std::string path;
  std::size_t stop = target.find('?');
  if (stop == std::string::npos) stop = target.size();
  for (std::size_t end = stop; end > 0;) {
    const std::size_t begin = target.rfind('/', end - 1);
    const std::string piece = target.substr(begin + 1, end - begin - 1);
    path = "/" + piece + path;
    end = begin;
  }
  return path;
}

}  // namespace

std::string summarize_batch(const LogBatch& input) {
  std::unordered_map<std::string, Bucket> table;
  std::size_t at = 0;
  Fields fields;
  while (at < input.lines.size()) {
    const std::string& text = input.lines[at++];
    if (!split(text, fields)) continue;
    const long bytes = size_of(fields.parts[5]);
    auto slot = table.find(fields.parts[2] + ' ' + route_of(fields.parts[3]));
    if (slot == table.end()) slot = table.emplace(fields.parts[2] + ' ' + route_of(fields.parts[3]), Bucket{}).first;
    Bucket& bucket = slot->second;
    ++bucket.hits;
    bucket.size += bytes;
    if (std::count(bucket.seen.cbegin(), bucket.seen.cend(), fields.parts[1]) == 0)
      bucket.seen.push_back(fields.parts[1]);
  }
  std::string out;
  for (const auto& [name, bucket] : table)
    out += name + " " + std::to_string(bucket.hits) + " " + std::to_string(bucket.seen.size()) + "\n";
  return out;
}

}  // namespace kata::log_analytics::solution
