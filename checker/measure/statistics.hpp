#pragma once
// Distribution-free statistics for comparing benchmark costs.
//
// Costs (times per iteration) are compared as ratios on the log scale: a ratio is a shift
// of log costs, so the Hodges–Lehmann shift estimator and the Mann–Whitney confidence
// interval apply directly, and one-sided outliers (stolen hypervisor time) move them far
// less than they move a mean.

#include <cstddef>
#include <optional>
#include <span>

namespace checker::measure {

// A point estimate with a confidence interval around it: low <= estimate <= high.
// For ratios an unbounded side is reported as low = 0 or high = +infinity.
struct Interval {
  double estimate;
  double low;
  double high;
};

// Returns the median of `values` (mean of the two middle ones for an even count); NaN when empty.
double median(std::span<const double> values);

// Returns true when `costs` is non-empty and every cost is finite and strictly positive.
bool all_positive_finite(std::span<const double> costs);

// Returns z with P(Z <= z) = probability for a standard normal Z; NaN outside (0, 1).
double standard_normal_quantile(double probability);

// Returns P(U <= u) for the Mann–Whitney U statistic of two independent samples of sizes n
// and m from one continuous distribution: exact for small n*m, otherwise the normal
// approximation with continuity correction.
double mann_whitney_cdf(std::size_t n, std::size_t m, std::size_t u);

// Returns the 1-based rank k such that [d(k), d(n*m+1-k)] of the sorted pairwise
// differences is a distribution-free interval with coverage >= confidence; returns 0 when
// even the full range [d(1), d(n*m)] falls short (too few samples), meaning "unbounded".
std::size_t mann_whitney_interval_rank(std::size_t n, std::size_t m, double confidence);

// Returns the Hodges–Lehmann estimate of numerator/denominator (exp of the median of all
// log a_i - log b_j) with its Mann–Whitney confidence interval; nullopt when either side
// has fewer than 3 costs, any cost is <= 0 or non-finite, or confidence is not in (0, 1).
std::optional<Interval> ratio_interval(std::span<const double> numerator_costs,
                                       std::span<const double> denominator_costs,
                                       double confidence = 0.95);

}  // namespace checker::measure
