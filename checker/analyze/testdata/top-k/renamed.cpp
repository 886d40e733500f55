// Detector fixture: the baseline's copy-and-sort with other names and shapes: the copy made
// with the iterator-pair constructor, std::stable_sort with std::begin/std::end and a
// lambda, the first ten taken with a counted loop. Both detectors must still fire.
#include <algorithm>
#include <iterator>
#include <string>

#include "kata.hpp"

namespace kata::top_k::solution {

std::vector<std::string> slowest_requests(const Window& w) {
  std::vector<Request> everything(w.requests.begin(), w.requests.end());
  std::stable_sort(std::begin(everything), std::end(everything),
                   [](const Request& x, const Request& y) {
                     return x.latency_us == y.latency_us ? x.id < y.id
                                                         : x.latency_us > y.latency_us;
                   });
  std::vector<std::string> out;
  std::size_t n = 0;
  while (n < everything.size() && n < slowest_count) {
    const Request& r = everything[n++];
    out.push_back(std::to_string(n) + ". " + std::to_string(r.latency_us) + " us " +
                  (r.route < w.routes.size() ? w.routes[r.route] : std::string("?")));
  }
  return out;
}

}  // namespace kata::top_k::solution
