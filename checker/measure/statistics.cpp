#include "measure/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

namespace checker::measure {
namespace {

constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

// Above this many pairs the exact U distribution (O((n*m)^2) work) is replaced by the
// normal approximation, which is accurate to well under a rank at that size.
constexpr std::size_t exact_pair_limit = 4096;

// Probabilities are compared with this slack so that an exact tail such as 1/20 computed
// in floating point is not rejected against alpha/2 = 0.05 by rounding.
constexpr double probability_slack = 1e-12;

// Returns P(Z <= z) for a standard normal Z.
double standard_normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// Returns the exact cumulative distribution of U for sizes n <= m, indexed by u = 0..n*m.
// Recursion on the largest of the n+m values: it belongs to the first sample with
// probability n/(n+m) and then beats all m values of the second sample.
std::vector<double> exact_mann_whitney_cdf_table(std::size_t n, std::size_t m) {
  // rows[j] holds the distribution for sizes (i, j) of the current i.
  std::vector<std::vector<double>> previous_rows(m + 1, std::vector<double>{1.0});
  std::vector<std::vector<double>> current_rows(m + 1);
  for (std::size_t i = 1; i <= n; ++i) {
    current_rows[0] = {1.0};
    for (std::size_t j = 1; j <= m; ++j) {
      const double first_wins = static_cast<double>(i) / static_cast<double>(i + j);
      std::vector<double> probabilities(i * j + 1, 0.0);
      const std::vector<double>& without_first = previous_rows[j];
      for (std::size_t u = 0; u < without_first.size(); ++u) {
        probabilities[u + j] += first_wins * without_first[u];
      }
      const std::vector<double>& without_second = current_rows[j - 1];
      for (std::size_t u = 0; u < without_second.size(); ++u) {
        probabilities[u] += (1.0 - first_wins) * without_second[u];
      }
      current_rows[j] = std::move(probabilities);
    }
    std::swap(previous_rows, current_rows);
  }
  std::vector<double> cumulative = std::move(previous_rows[m]);
  for (std::size_t u = 1; u < cumulative.size(); ++u) cumulative[u] += cumulative[u - 1];
  return cumulative;
}

// Returns the cached exact table for sizes (n, m); tables are built once per size pair
// because the checker asks for the same pooled sizes over and over.
const std::vector<double>& cached_exact_cdf_table(std::size_t n, std::size_t m) {
  static std::mutex cache_mutex;
  static std::map<std::pair<std::size_t, std::size_t>, std::vector<double>> cache;
  const std::pair<std::size_t, std::size_t> key{std::min(n, m), std::max(n, m)};  // U is symmetric in the sizes
  const std::lock_guard lock(cache_mutex);
  auto found = cache.find(key);
  if (found == cache.end()) {
    found = cache.emplace(key, exact_mann_whitney_cdf_table(key.first, key.second)).first;
  }
  return found->second;  // map nodes never move and entries are never erased
}

bool use_exact_distribution(std::size_t n, std::size_t m) { return n * m <= exact_pair_limit; }

// Returns the k-th smallest (0-based) of `values`, reordering them.
double order_statistic(std::vector<double>& values, std::size_t k) {
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
  return values[k];
}

}  // namespace

double median(std::span<const double> values) {
  if (values.empty()) return not_a_number;
  std::vector<double> copy(values.begin(), values.end());
  const std::size_t middle = copy.size() / 2;
  const double upper = order_statistic(copy, middle);
  if (copy.size() % 2 == 1) return upper;
  // After nth_element everything below `middle` is <= upper; the lower middle is their max.
  const double lower = *std::max_element(copy.begin(), copy.begin() + static_cast<std::ptrdiff_t>(middle));
  return 0.5 * (lower + upper);
}

bool all_positive_finite(std::span<const double> costs) {
  return !costs.empty() &&
         std::all_of(costs.begin(), costs.end(), [](double cost) { return std::isfinite(cost) && cost > 0.0; });
}

double standard_normal_quantile(double probability) {
  if (!(probability > 0.0 && probability < 1.0)) return not_a_number;
  // Bisection on the CDF: slow but plainly correct, and only used for large samples.
  double low = -40.0;
  double high = 40.0;
  for (int step = 0; step < 200 && high - low > 1e-14; ++step) {
    const double middle = 0.5 * (low + high);
    (standard_normal_cdf(middle) < probability ? low : high) = middle;
  }
  return 0.5 * (low + high);
}

double mann_whitney_cdf(std::size_t n, std::size_t m, std::size_t u) {
  if (u >= n * m) return 1.0;
  if (use_exact_distribution(n, m)) return cached_exact_cdf_table(n, m)[u];
  const double pairs = static_cast<double>(n * m);
  const double mean = pairs / 2.0;
  const double deviation = std::sqrt(pairs * static_cast<double>(n + m + 1) / 12.0);
  return standard_normal_cdf((static_cast<double>(u) + 0.5 - mean) / deviation);
}

std::size_t mann_whitney_interval_rank(std::size_t n, std::size_t m, double confidence) {
  if (n == 0 || m == 0 || !(confidence > 0.0 && confidence < 1.0)) return 0;
  const double tail = (1.0 - confidence) / 2.0;
  // P(true shift < d(k)) = P(U <= k-1); we want the largest k with that at most `tail`.
  if (use_exact_distribution(n, m)) {
    const std::vector<double>& cumulative = cached_exact_cdf_table(n, m);
    std::size_t rank = 0;
    while (rank < cumulative.size() && cumulative[rank] <= tail + probability_slack) ++rank;
    return std::min(rank, (n * m + 1) / 2);
  }
  const double pairs = static_cast<double>(n * m);
  const double deviation = std::sqrt(pairs * static_cast<double>(n + m + 1) / 12.0);
  const double rank = std::floor(pairs / 2.0 + 0.5 + standard_normal_quantile(tail) * deviation);
  return rank < 1.0 ? 0 : std::min(static_cast<std::size_t>(rank), (n * m + 1) / 2);
}

std::optional<Interval> ratio_interval(std::span<const double> numerator_costs,
                                       std::span<const double> denominator_costs, double confidence) {
  if (numerator_costs.size() < 3 || denominator_costs.size() < 3) return std::nullopt;
  if (!all_positive_finite(numerator_costs) || !all_positive_finite(denominator_costs)) return std::nullopt;
  if (!(confidence > 0.0 && confidence < 1.0)) return std::nullopt;

  std::vector<double> log_denominators(denominator_costs.size());
  std::transform(denominator_costs.begin(), denominator_costs.end(), log_denominators.begin(),
                 [](double cost) { return std::log(cost); });
  std::vector<double> log_ratios;
  log_ratios.reserve(numerator_costs.size() * denominator_costs.size());
  for (const double numerator : numerator_costs) {
    const double log_numerator = std::log(numerator);
    for (const double log_denominator : log_denominators) log_ratios.push_back(log_numerator - log_denominator);
  }

  const std::size_t pairs = log_ratios.size();
  const std::size_t rank = mann_whitney_interval_rank(numerator_costs.size(), denominator_costs.size(), confidence);
  Interval interval{};
  interval.estimate = std::exp(median(log_ratios));
  if (rank == 0) {
    interval.low = 0.0;
    interval.high = std::numeric_limits<double>::infinity();
  } else {
    interval.low = std::exp(order_statistic(log_ratios, rank - 1));
    interval.high = std::exp(order_statistic(log_ratios, pairs - rank));
  }
  return interval;
}

}  // namespace checker::measure
