// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated books (and curves) of the sizes listed in kata.json.
#include <cmath>

#include "kata.hpp"
#include "kata/bench.hpp"

namespace spc = kata::shared_ptr_churn;

KATA_BENCHMARK(kata::harness::Bench<spc::Book, std::vector<double>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return spc::make_book(size, seed); },
    .baseline = [](const spc::Book& book) { return spc::baseline::price_book(book); },
    .solution = [](const spc::Book& book) { return spc::solution::price_book(book); },
    // Prices agree to 1e-12, relative (kata.hpp): a reordered sum may differ in the last bits.
    .same_output =
        [](const std::vector<double>& a, const std::vector<double>& b) {
          if (a.size() != b.size()) return false;
          for (std::size_t i = 0; i < a.size(); ++i)
            if (!(std::fabs(a[i] - b[i]) <= 1e-12 * std::max(1.0, std::fabs(a[i])))) return false;
          return true;
        },
});
