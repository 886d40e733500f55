// Detector fixture: the baseline's anti-pattern with every name changed: the upload handler
// is a lambda called from an index loop, one regex is a temporary passed straight to
// regex_search, and the other is built in a helper two calls down. The
// regex-built-per-upload detector must still fire.
#include <map>
#include <regex>
#include <sstream>

#include "kata.hpp"

namespace kata::regex_per_call::solution {

static std::string fold_ids(const std::string& p) {
  std::regex ids{"/[0-9]+(?=/|$)"};
  return std::regex_replace(p, ids, "/:id");
}

static std::string key_of(const std::string& verb, const std::string& p) { return verb + " " + fold_ids(p); }

TrafficReport summarize_window(const IngestWindow& w) {
  TrafficReport out;
  out.service = w.service;
  std::map<std::string, EndpointStats> acc;
  auto one = [&](const std::string& body) {
    std::istringstream in(body);
    std::string ln;
    while (std::getline(in, ln)) {
      std::smatch m;
      if (!std::regex_search(ln, m, std::regex(R"(^\S+ \S+ \S+ \[[^\]]+\] "([A-Z]+) ([^ ?"]+))"))) {
        out.rejected_lines++;
        continue;
      }
      acc[key_of(m[1].str(), m[2].str())].requests++;
    }
  };
  for (std::size_t i = 0; i != w.uploads.size(); i++) one(w.uploads[i]);
  std::size_t n = 0;
  do {
    for (std::size_t j = 0; j < 2; ++j) key_of("GET", "/x/" + std::to_string(n + j));
  } while (++n < 1);
  for (auto& [k, v] : acc) {
    v.endpoint = k;
    out.endpoints.push_back(v);
  }
  return out;
}

}  // namespace kata::regex_per_call::solution
