#include "measure/verdict_rule.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <utility>

namespace checker::measure {
namespace {

constexpr double undecided_value = std::numeric_limits<double>::quiet_NaN();

// Returns `value` with three significant digits and no trailing zeros: 4.1, 4.12, 20.4, 152.
std::string format_number(double value) {
  if (std::isnan(value)) return "?";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (value == 0.0) return "0";
  const int integer_digits = static_cast<int>(std::floor(std::log10(std::fabs(value)))) + 1;
  const int decimals = std::clamp(3 - integer_digits, 0, 6);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  if (text.find('.') != std::string::npos) {
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

// Returns e.g. "4.1× [3.8, 4.4]".
std::string format_interval(const Interval& interval) {
  return format_number(interval.estimate) + "× [" + format_number(interval.low) + ", " +
         format_number(interval.high) + "]";
}

std::string format_times(double value) { return format_number(value) + "×"; }

Judgement invalid(Outcome outcome, std::string reason) {
  return {outcome, Interval{undecided_value, undecided_value, undecided_value}, std::nullopt, std::move(reason)};
}

}  // namespace

const char* to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::pass: return "PASS";
    case Outcome::not_yet: return "NOT YET";
    case Outcome::inconclusive: return "INCONCLUSIVE";
    case Outcome::measure_more: return "MEASURE MORE";
  }
  return "?";
}

Judgement judge(const Samples& pooled, double target, int round, const RulePolicy& policy) {
  const bool last_round = round >= policy.max_rounds;
  if (!(std::isfinite(target) && target > 0.0)) {
    return invalid(Outcome::inconclusive, "the target speedup " + format_number(target) + " is not a positive number");
  }
  for (const auto* costs : {&pooled.baseline, &pooled.solution, &pooled.null_copy}) {
    // An empty null copy is allowed (no noise gate); a broken cost anywhere is not.
    if (!costs->empty() && !all_positive_finite(*costs)) {
      return invalid(Outcome::inconclusive, "a benchmark reported a cost that is zero, negative or not finite");
    }
  }
  const std::optional<Interval> speedup = ratio_interval(pooled.baseline, pooled.solution, policy.confidence);
  if (!speedup) {
    return invalid(last_round ? Outcome::inconclusive : Outcome::measure_more,
                   "too few repetitions to estimate the speedup (at least 3 per benchmark are needed)");
  }

  Judgement judgement{Outcome::measure_more, *speedup, std::nullopt, {}};
  judgement.null_ratio = ratio_interval(pooled.baseline, pooled.null_copy, policy.confidence);

  // Step 1: the noise gate. Baseline and null copy run the same code, so their ratio
  // should be 1; a disagreement beyond the tolerance is bias that any verdict must survive,
  // and only a confident one (the whole null interval beyond it) calls the machine busy.
  const double upper_tolerance = 1.0 + policy.null_tolerance;
  const Interval* null_ratio = judgement.null_ratio ? &*judgement.null_ratio : nullptr;
  const double null_disagreement = null_ratio ? std::max(null_ratio->estimate, 1.0 / null_ratio->estimate) : 1.0;
  const double bias = null_disagreement > upper_tolerance ? null_disagreement : 1.0;
  const bool busy = null_ratio && (null_ratio->low > upper_tolerance || null_ratio->high < 1.0 / upper_tolerance);
  const double guarded_low = speedup->low / bias;
  const double guarded_high = speedup->high * bias;
  const std::string speedup_text = "speedup " + format_interval(*speedup);
  const std::string target_text = "the target " + format_times(target);
  const std::string bias_text =
      bias > 1.0 ? " even allowing for the " + format_times(bias) + " disagreement between two copies of the baseline"
                 : "";

  // Step 2: confident verdicts.
  if (guarded_low > target) {
    judgement.outcome = Outcome::pass;
    judgement.reason = speedup_text + " is above " + target_text + bias_text;
    return judgement;
  }
  if (guarded_high < target) {
    judgement.outcome = Outcome::not_yet;
    judgement.reason = speedup_text + " is below " + target_text + bias_text;
    return judgement;
  }

  // Step 3: not separated from the target yet; more data narrows the interval.
  if (!last_round) {
    judgement.outcome = Outcome::measure_more;
    const std::string bias_allowance =
        " once the " + format_times(bias) + " disagreement between two copies of the baseline is allowed for";
    judgement.reason = bias > 1.0 ? speedup_text + " is not clear of " + target_text + bias_allowance
                                  : speedup_text + " overlaps " + target_text;
    judgement.reason += "; measuring another round";
    return judgement;
  }

  // Step 4: last round.
  if (busy) {
    judgement.outcome = Outcome::inconclusive;
    judgement.reason = "machine busy: two copies of the baseline differ by " + format_interval(*null_ratio) +
                       ", so " + speedup_text + " cannot be compared with " + target_text;
    return judgement;
  }
  if (speedup->high > speedup->low * policy.max_final_spread) {
    judgement.outcome = Outcome::inconclusive;
    judgement.reason = "measurements too noisy: " + speedup_text + " is too wide to compare with " + target_text;
    return judgement;
  }
  const bool reached = speedup->estimate >= target;
  judgement.outcome = reached ? Outcome::pass : Outcome::not_yet;
  judgement.reason = speedup_text + (reached ? " reaches " : " falls just short of ") + target_text +
                     " (a close call within measurement noise, decided by the estimate)";
  return judgement;
}

}  // namespace checker::measure
