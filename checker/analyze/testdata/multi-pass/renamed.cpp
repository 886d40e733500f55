// Detector fixture: the baseline's anti-pattern with every local name changed and the
// passes written as hand loops (an index loop with push_back, std::transform into a
// pre-sized vector, a range-for and a while loop over the temporaries). The
// materialised-temporaries detector must still fire.
#include <algorithm>
#include <limits>

#include "kata.hpp"

namespace kata::multi_pass::solution {

Summary summarise(const Batch& b) {
  std::vector<double> k(b.calibrations.size()), c(b.calibrations.size());
  for (std::size_t p = 0; p < b.calibrations.size(); ++p) {
    k[p] = 100.0 / (b.calibrations[p].raw_at_100c - b.calibrations[p].raw_at_0c);
    c[p] = -b.calibrations[p].raw_at_0c * k[p];
  }

  std::vector<Reading> ok;
  ok.reserve(b.readings.size());
  for (std::size_t i = 0; i < b.readings.size(); ++i) {
    const Reading& r = b.readings[i];
    if (r.status != kStatusOk || r.raw == 0 || r.raw >= kAdcMax) continue;
    ok.emplace_back(r);
  }

  std::vector<double> t(ok.size());
  std::transform(ok.cbegin(), ok.cend(), t.begin(),
                 [&](const Reading& r) { return r.raw * k[r.probe] + c[r.probe]; });

  Summary s;
  if (t.empty()) return s;
  double total = 0;
  for (double x : t) total += x;
  s.count = t.size();
  s.mean_c = total / static_cast<double>(t.size());
  s.min_c = std::numeric_limits<double>::infinity();
  s.max_c = -s.min_c;
  std::size_t j = 0;
  while (j < t.size()) {
    s.min_c = std::min(s.min_c, t[j]);
    s.max_c = std::max(s.max_c, t[j]);
    ++j;
  }
  return s;
}

}  // namespace kata::multi_pass::solution
