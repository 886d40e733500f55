#pragma once
// The sequential decision rule: does the learner's solution reach the target speedup?
//
// Each round the benchmark process runs baseline (B), solution (S) and a null copy (N, the
// baseline's code registered a second time) interleaved, n repetitions each; the costs of
// all rounds so far are pooled and judged after every round.
//
//   speedup = B/S   Hodges–Lehmann ratio with its Mann–Whitney interval [low, high]
//   null    = B/N   same statistic; should be 1, since B and N run identical code
//
//   1. Noise gate. bias = how far the null estimate is from 1, as a factor max(e, 1/e);
//      within 1 + tol (tol = null_tolerance) the harness is trusted and bias = 1. Every
//      verdict must survive the bias: the speedup interval becomes [low/bias, high*bias].
//      The machine is BUSY only when the whole null interval lies outside
//      [1/(1+tol), 1+tol]: a confident disagreement, not sampling noise.
//   2. PASS     when the (widened) interval lies above the target.
//      NOT YET  when it lies below the target.
//   3. Otherwise, before the last round: MEASURE MORE (the caller runs another round).
//   4. On the last round (round >= max_rounds):
//        busy                                        -> INCONCLUSIVE ("machine busy")
//        interval wider than max_final_spread (hi/lo) -> INCONCLUSIVE ("too noisy")
//        otherwise it is a close call, decided by the point estimate:
//          estimate >= target -> PASS, else NOT YET (the reason says it is within noise).
//   Invalid costs (<= 0, NaN, inf) give INCONCLUSIVE; fewer than 3 costs per benchmark
//   give MEASURE MORE (INCONCLUSIVE on the last round). A missing null copy skips step 1.
//
// Why it is safe (verdict_rule_test.cpp simulates this VM: log-normal noise sigma 0.10 and
// 0.15, 5% outliers x1.5-3, per-round drift sigma 0.1, n = 10 per round, 3 rounds): at a
// true speedup of 0.8x the target false PASS is 0%, at 1.25x false NOT YET is 0%, and
// INCONCLUSIVE stays under 0.1% at both (limits asserted: 1%, 1%, 5%); a null copy 1.3x off
// gives INCONCLUSIVE in 84-99% of runs, and otherwise only correct verdicts. A verdict needs
// the whole interval beyond the target, so repeated looks cost little; the busy check waits
// for the last round because one more round may still separate the result from the target.

#include <optional>
#include <string>
#include <vector>

#include "measure/statistics.hpp"

namespace checker::measure {

// Costs (e.g. ns per iteration, lower is better) pooled over all rounds so far.
struct Samples {
  std::vector<double> baseline;
  std::vector<double> solution;
  std::vector<double> null_copy;
};

struct RulePolicy {
  int max_rounds = 3;
  double confidence = 0.95;      // of both the speedup and the null-ratio intervals
  double null_tolerance = 0.10;  // accepted disagreement between baseline and null copy
  // On the last round a close call is decided by the estimate only if the speedup
  // interval's high/low is at most this; wider means the data cannot separate anything.
  double max_final_spread = 1.5;
};

enum class Outcome { pass, not_yet, inconclusive, measure_more };

struct Judgement {
  Outcome outcome;
  Interval speedup;                  // baseline cost / solution cost (NaN when unmeasurable)
  std::optional<Interval> null_ratio;  // baseline cost / null-copy cost, if measurable
  std::string reason;                // one short sentence for the learner
};

// Returns the verdict after `round` (1-based) rounds of pooled costs against `target`
// (the required speedup, e.g. 5.0), following the rule documented above.
Judgement judge(const Samples& pooled, double target, int round, const RulePolicy& policy = {});

// Returns the outcome's name as shown to people: "PASS", "NOT YET", ...
const char* to_string(Outcome outcome);

}  // namespace checker::measure
