#include "measure/verdict_rule.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace checker::measure {
namespace {

// 2000 trials resolve a 1% rate (one false verdict = 0.05%) and run in about a second at
// -O2 and ~10 s under AddressSanitizer at -O1, so every build uses the same numbers.
constexpr int simulation_trials = 2000;
constexpr int repetitions_per_round = 10;

// ---------------------------------------------------------------------------------------
// Deterministic cases: each step of the documented rule.

// Multiplicative jitter of +-6% around 1, symmetric, so the estimate equals the true ratio.
const std::vector<double> jitter{0.94, 0.97, 1.0, 1.03, 1.06, 0.955, 0.985, 1.015, 1.045, 1.0};

std::vector<double> costs_around(double cost) {
  std::vector<double> costs;
  for (double factor : jitter) costs.push_back(cost * factor);
  return costs;
}

// Pooled samples with a baseline cost of 100 and the given true speedup and null ratio.
Samples make_samples(double speedup, double null_ratio = 1.0) {
  return {costs_around(100.0), costs_around(100.0 / speedup), costs_around(100.0 / null_ratio)};
}

TEST(Judge, PassesWhenTheIntervalIsAboveTheTarget) {
  const Judgement judgement = judge(make_samples(6.0), 5.0, 1);
  EXPECT_EQ(judgement.outcome, Outcome::pass) << judgement.reason;
  EXPECT_NEAR(judgement.speedup.estimate, 6.0, 1e-9);
  EXPECT_GT(judgement.speedup.low, 5.0);
  ASSERT_TRUE(judgement.null_ratio);
  EXPECT_NEAR(judgement.null_ratio->estimate, 1.0, 1e-9);
}

TEST(Judge, NotYetWhenTheIntervalIsBelowTheTarget) {
  const Judgement judgement = judge(make_samples(4.0), 5.0, 1);
  EXPECT_EQ(judgement.outcome, Outcome::not_yet) << judgement.reason;
  EXPECT_LT(judgement.speedup.high, 5.0);
  EXPECT_NE(judgement.reason.find("speedup 4×"), std::string::npos) << judgement.reason;
  EXPECT_NE(judgement.reason.find("is below the target 5×"), std::string::npos) << judgement.reason;
}

TEST(Judge, MeasuresMoreWhileTheIntervalOverlapsTheTarget) {
  for (int round : {1, 2}) {
    const Judgement judgement = judge(make_samples(5.1), 5.0, round);
    EXPECT_EQ(judgement.outcome, Outcome::measure_more) << judgement.reason;
    EXPECT_LT(judgement.speedup.low, 5.0);
  }
}

TEST(Judge, LastRoundDecidesACloseCallByTheEstimate) {
  const Judgement above = judge(make_samples(5.1), 5.0, 3);
  EXPECT_EQ(above.outcome, Outcome::pass) << above.reason;
  EXPECT_NE(above.reason.find("close call"), std::string::npos) << above.reason;
  const Judgement below = judge(make_samples(4.9), 5.0, 3);
  EXPECT_LT(below.speedup.low, 5.0);
  EXPECT_GT(below.speedup.high, 5.0);
  EXPECT_EQ(below.outcome, Outcome::not_yet) << below.reason;
  EXPECT_NE(below.reason.find("falls just short"), std::string::npos) << below.reason;
}

TEST(Judge, BusyMachineMeasuresMoreThenIsInconclusive) {
  // The null copy runs 1.3x slower than the baseline although it is the same code.
  const Samples busy = make_samples(5.5, 1.3);
  const Judgement early = judge(busy, 5.0, 1);
  EXPECT_EQ(early.outcome, Outcome::measure_more) << early.reason;
  const Judgement last = judge(busy, 5.0, 3);
  EXPECT_EQ(last.outcome, Outcome::inconclusive) << last.reason;
  EXPECT_NE(last.reason.find("machine busy"), std::string::npos) << last.reason;
  ASSERT_TRUE(last.null_ratio);
  EXPECT_NEAR(last.null_ratio->estimate, 1.3, 1e-9);
}

TEST(Judge, BusyMachineStillDecidesWhenTheResultSurvivesTheBias) {
  const Judgement far_above = judge(make_samples(12.0, 1.3), 5.0, 1);
  EXPECT_EQ(far_above.outcome, Outcome::pass) << far_above.reason;
  EXPECT_NE(far_above.reason.find("even allowing"), std::string::npos) << far_above.reason;
  const Judgement far_below = judge(make_samples(2.0, 1.0 / 1.3), 5.0, 1);
  EXPECT_EQ(far_below.outcome, Outcome::not_yet) << far_below.reason;
}

TEST(Judge, ANullDisagreementBeyondToleranceMustBeSurvived) {
  // 5.6x alone would pass, but two copies of the baseline differ by 1.15x.
  EXPECT_EQ(judge(make_samples(5.6), 5.0, 1).outcome, Outcome::pass);
  const Judgement judgement = judge(make_samples(5.6, 1.15), 5.0, 1);
  EXPECT_EQ(judgement.outcome, Outcome::measure_more) << judgement.reason;
  EXPECT_NE(judgement.reason.find("1.15× disagreement"), std::string::npos) << judgement.reason;
}

TEST(Judge, NullCopyWithinToleranceIsNotBusy) {
  const Judgement judgement = judge(make_samples(5.1, 1.05), 5.0, 3);
  EXPECT_EQ(judgement.outcome, Outcome::pass) << judgement.reason;
}

TEST(Judge, TooNoisyLastRoundIsInconclusive) {
  Samples noisy = make_samples(5.0);
  for (std::size_t i = 0; i < noisy.solution.size(); i += 2) noisy.solution[i] *= 1.8;
  const Judgement judgement = judge(noisy, 4.0, 3);
  EXPECT_GT(judgement.speedup.high, judgement.speedup.low * 1.5);
  EXPECT_EQ(judgement.outcome, Outcome::inconclusive) << judgement.reason;
  EXPECT_NE(judgement.reason.find("too noisy"), std::string::npos) << judgement.reason;
}

TEST(Judge, WorksWithoutANullCopy) {
  Samples samples = make_samples(6.0);
  samples.null_copy.clear();
  const Judgement judgement = judge(samples, 5.0, 1);
  EXPECT_EQ(judgement.outcome, Outcome::pass) << judgement.reason;
  EXPECT_FALSE(judgement.null_ratio);
}

TEST(Judge, InvalidCostsAreInconclusive) {
  Samples samples = make_samples(6.0);
  samples.solution[2] = 0.0;
  EXPECT_EQ(judge(samples, 5.0, 1).outcome, Outcome::inconclusive);
  samples = make_samples(6.0);
  samples.null_copy[0] = std::nan("");
  EXPECT_EQ(judge(samples, 5.0, 1).outcome, Outcome::inconclusive);
  EXPECT_EQ(judge(make_samples(6.0), 0.0, 1).outcome, Outcome::inconclusive);
}

TEST(Judge, TooFewRepetitionsMeasureMoreThenAreInconclusive) {
  const Samples samples{{100, 101}, {20, 21}, {100, 99}};
  const Judgement early = judge(samples, 5.0, 1);
  EXPECT_EQ(early.outcome, Outcome::measure_more);
  EXPECT_TRUE(std::isnan(early.speedup.estimate));
  EXPECT_EQ(judge(samples, 5.0, 3).outcome, Outcome::inconclusive);
}

TEST(Judge, OutcomeNames) {
  EXPECT_STREQ(to_string(Outcome::pass), "PASS");
  EXPECT_STREQ(to_string(Outcome::not_yet), "NOT YET");
  EXPECT_STREQ(to_string(Outcome::inconclusive), "INCONCLUSIVE");
  EXPECT_STREQ(to_string(Outcome::measure_more), "MEASURE MORE");
}

// ---------------------------------------------------------------------------------------
// Seeded simulations of the whole multi-round procedure on a model of the 2-core VM.

struct Scenario {
  double target;
  double true_speedup;
  double sigma;            // log-normal per-repetition noise
  double null_bias = 1.0;  // null-copy cost / baseline cost; 1 on a healthy machine
};

// One round of interleaved repetitions: every cost gets its own log-normal noise and a 5%
// chance of a one-sided 1.5-3x outlier; one drift factor hits the whole round.
class VirtualMachine {
 public:
  explicit VirtualMachine(std::uint64_t seed) : generator_(seed) {}

  void run_round(const Scenario& scenario, Samples& pooled) {
    const double drift = std::exp(drift_(generator_));
    const double baseline_cost = 1000.0;
    for (int repetition = 0; repetition < repetitions_per_round; ++repetition) {
      pooled.baseline.push_back(observe(baseline_cost, drift, scenario.sigma));
      pooled.solution.push_back(observe(baseline_cost / scenario.true_speedup, drift, scenario.sigma));
      pooled.null_copy.push_back(observe(baseline_cost * scenario.null_bias, drift, scenario.sigma));
    }
  }

 private:
  double observe(double true_cost, double drift, double sigma) {
    const double noise = std::exp(sigma * unit_normal_(generator_));
    const double stolen_time = outlier_(generator_) ? outlier_factor_(generator_) : 1.0;
    return true_cost * drift * noise * stolen_time;
  }

  std::mt19937_64 generator_;
  std::normal_distribution<double> unit_normal_{0.0, 1.0};
  std::normal_distribution<double> drift_{0.0, 0.1};
  std::bernoulli_distribution outlier_{0.05};
  std::uniform_real_distribution<double> outlier_factor_{1.5, 3.0};
};

struct Rates {
  int trials = 0;
  int pass = 0;
  int not_yet = 0;
  int inconclusive = 0;
  int rounds = 0;

  double pass_rate() const { return static_cast<double>(pass) / trials; }
  double not_yet_rate() const { return static_cast<double>(not_yet) / trials; }
  double inconclusive_rate() const { return static_cast<double>(inconclusive) / trials; }
};

// Runs the full procedure `trials` times: a round, judge, another round while the rule
// asks for more, up to max_rounds.
Rates simulate(const Scenario& scenario, int trials, std::uint64_t seed) {
  const RulePolicy policy;
  VirtualMachine machine(seed);
  Rates rates;
  rates.trials = trials;
  for (int trial = 0; trial < trials; ++trial) {
    Samples pooled;
    for (int round = 1;; ++round) {
      machine.run_round(scenario, pooled);
      const Outcome outcome = judge(pooled, scenario.target, round, policy).outcome;
      if (outcome == Outcome::measure_more) {
        EXPECT_LT(round, policy.max_rounds) << "the last round must decide";
        if (round < policy.max_rounds) continue;
      }
      rates.pass += outcome == Outcome::pass;
      rates.not_yet += outcome == Outcome::not_yet;
      rates.inconclusive += outcome == Outcome::inconclusive;
      rates.rounds += round;
      break;
    }
  }
  return rates;
}

std::string percent(double rate) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f%%", 100.0 * rate);
  return buffer;
}

// Prints one line a maintainer can quote and records the rates in the XML report.
void report(const std::string& label, const Scenario& scenario, const Rates& rates) {
  char line[320];
  std::snprintf(line, sizeof line,
                "[ measured ] %s: target %gx, true %gx (%.2fx target), sigma %.2f, null bias %.2f: "
                "PASS %s  NOT YET %s  INCONCLUSIVE %s  (%d trials, %.2f rounds on average)",
                label.c_str(), scenario.target, scenario.true_speedup, scenario.true_speedup / scenario.target,
                scenario.sigma, scenario.null_bias, percent(rates.pass_rate()).c_str(),
                percent(rates.not_yet_rate()).c_str(), percent(rates.inconclusive_rate()).c_str(), rates.trials,
                static_cast<double>(rates.rounds) / rates.trials);
  std::cout << line << std::endl;
  testing::Test::RecordProperty(label + "_pass", percent(rates.pass_rate()));
  testing::Test::RecordProperty(label + "_not_yet", percent(rates.not_yet_rate()));
  testing::Test::RecordProperty(label + "_inconclusive", percent(rates.inconclusive_rate()));
}

// Seeds differ per scenario so that no two simulations replay the same noise.
std::uint64_t seed_for(const Scenario& scenario, std::uint64_t salt) {
  return 0x5eed'0000ULL + salt * 1'000'003ULL + static_cast<std::uint64_t>(scenario.target * 100) * 7919ULL +
         static_cast<std::uint64_t>(scenario.sigma * 1000) * 104'729ULL +
         static_cast<std::uint64_t>(scenario.true_speedup * 1000);
}

class ErrorRates : public testing::TestWithParam<std::tuple<double, double>> {
 protected:
  double target() const { return std::get<0>(GetParam()); }
  double sigma() const { return std::get<1>(GetParam()); }
};

TEST_P(ErrorRates, FalsePassAtPointEightOfTheTargetIsRare) {
  const Scenario scenario{target(), 0.8 * target(), sigma()};
  const Rates rates = simulate(scenario, simulation_trials, seed_for(scenario, 1));
  report("slower_than_target", scenario, rates);
  EXPECT_LE(rates.pass_rate(), 0.01);
  EXPECT_LE(rates.inconclusive_rate(), 0.05);
}

TEST_P(ErrorRates, FalseNotYetAtOnePointTwoFiveOfTheTargetIsRare) {
  const Scenario scenario{target(), 1.25 * target(), sigma()};
  const Rates rates = simulate(scenario, simulation_trials, seed_for(scenario, 2));
  report("faster_than_target", scenario, rates);
  EXPECT_LE(rates.not_yet_rate(), 0.01);
  EXPECT_LE(rates.inconclusive_rate(), 0.05);
}

INSTANTIATE_TEST_SUITE_P(VmNoise, ErrorRates,
                         testing::Combine(testing::Values(1.5, 5.0, 20.0), testing::Values(0.10, 0.15)),
                         [](const testing::TestParamInfo<ErrorRates::ParamType>& info) {
                           const double target = std::get<0>(info.param);
                           const double sigma = std::get<1>(info.param);
                           return "target" + std::to_string(static_cast<int>(target * 10)) + "tenths_sigma" +
                                  std::to_string(static_cast<int>(std::lround(sigma * 100))) + "percent";
                         });

TEST(ErrorRatesAtTheTarget, ACloseCallSplitsWithoutGivingUp) {
  // Not an error rate: exactly at the target either verdict is fair; the rule should
  // still answer rather than call the machine busy.
  for (double sigma : {0.10, 0.15}) {
    const Scenario scenario{5.0, 5.0, sigma};
    const Rates rates = simulate(scenario, simulation_trials / 2, seed_for(scenario, 3));
    report("at_target", scenario, rates);
    EXPECT_LE(rates.inconclusive_rate(), 0.05);
    EXPECT_GE(rates.pass_rate(), 0.25);
    EXPECT_GE(rates.not_yet_rate(), 0.25);
  }
}

TEST(LoadedMachine, NullCopySystematicallyOffIsMostlyInconclusive) {
  for (double null_bias : {1.3, 1.0 / 1.3}) {
    for (double sigma : {0.10, 0.15}) {
      for (double relative_speedup : {0.8, 1.25}) {
        const Scenario scenario{5.0, 5.0 * relative_speedup, sigma, null_bias};
        const Rates rates = simulate(scenario, simulation_trials / 2, seed_for(scenario, 4 + (null_bias > 1)));
        report("loaded_machine", scenario, rates);
        EXPECT_GE(rates.inconclusive_rate(), 0.5);
        // Whatever it does decide must still be right.
        EXPECT_LE(relative_speedup < 1 ? rates.pass_rate() : rates.not_yet_rate(), 0.01);
      }
    }
  }
}

TEST(LoadedMachine, ClearResultsSurviveTheNoiseGate) {
  for (double relative_speedup : {0.4, 2.5}) {
    const Scenario scenario{5.0, 5.0 * relative_speedup, 0.15, 1.3};
    const Rates rates = simulate(scenario, simulation_trials / 2, seed_for(scenario, 6));
    report("loaded_but_clear", scenario, rates);
    EXPECT_GE(relative_speedup > 1 ? rates.pass_rate() : rates.not_yet_rate(), 0.9);
  }
}

}  // namespace
}  // namespace checker::measure
