#include "analyze/evidence.hpp"

#include <gtest/gtest.h>

namespace checker::analyze {
namespace {

catalogue::Detector scaling(const char* worse_than) {
  catalogue::Detector detector;
  detector.kind = catalogue::Detector::Kind::scaling;
  detector.worse_than = worse_than;
  return detector;
}

TEST(ScalingFinding, FiresWhenClassAndRatioBothSayWorse) {
  const auto sentence = scaling_finding(scaling("n_log_n"), {"N^2", 3.9, "N^2", 4.1});
  ASSERT_TRUE(sentence);
  EXPECT_EQ(*sentence, "still O(N^2): ×3.9 per doubling of the input (the baseline: O(N^2), ×4.1); "
                       "O(NlgN) would be ×2.7 at most");
}

TEST(ScalingFinding, QuietWhenTheFixScalesWell) {
  EXPECT_FALSE(scaling_finding(scaling("n_log_n"), {"N", 2.0, "N^2", 4.0}));
  EXPECT_FALSE(scaling_finding(scaling("n_log_n"), {"NlgN", 2.2, "N^2", 4.0}));
}

TEST(ScalingFinding, ANoisyFitAloneDoesNotFire) {
  // The fit picked N^2 for a solution whose time doubles: the ratio overrules it.
  EXPECT_FALSE(scaling_finding(scaling("n_log_n"), {"N^2", 2.1, "N^2", 4.0}));
  // The ratio is high but the fit says linear: no finding either.
  EXPECT_FALSE(scaling_finding(scaling("n"), {"N", 2.9, "N^2", 4.0}));
}

TEST(ScalingFinding, AnUnknownClassIsJudgedByTheRatio) {
  EXPECT_TRUE(scaling_finding(scaling("n"), {"f(N)", 3.5, "N^2", 4.0}));
  EXPECT_FALSE(scaling_finding(scaling("n"), {"f(N)", 2.0, "N^2", 4.0}));
}

TEST(ScalingFinding, OnlyForScalingDetectorsWithAKnownLimit) {
  catalogue::Detector measured = scaling("n");
  measured.kind = catalogue::Detector::Kind::measured;
  EXPECT_FALSE(scaling_finding(measured, {"N^2", 4.0, "N^2", 4.0}));
  EXPECT_FALSE(scaling_finding(scaling("cubic"), {"N^3", 8.0, "N^3", 8.0}));
  EXPECT_FALSE(scaling_finding(scaling("n"), {"N^2", 0.0, "N^2", 4.0}));
}

TEST(ComplexityRank, ClassesAreOrdered) {
  EXPECT_LT(complexity_rank("(1)"), complexity_rank("lgN"));
  EXPECT_LT(complexity_rank("lgN"), complexity_rank("N"));
  EXPECT_LT(complexity_rank("N"), complexity_rank("NlgN"));
  EXPECT_LT(complexity_rank("NlgN"), complexity_rank("N^2"));
  EXPECT_LT(complexity_rank("N^2"), complexity_rank("N^3"));
  EXPECT_EQ(complexity_rank("f(N)"), -1);
}

TEST(MeasuredFinding, FiresAboveTheAllowedAllocationsPerItem) {
  catalogue::Detector detector;
  detector.kind = catalogue::Detector::Kind::measured;
  detector.evidence = "allocations_per_call";
  detector.above_per_item = 1.5;
  const auto sentence = measured_finding(detector, {8001, 8001, 4000});
  ASSERT_TRUE(sentence);
  EXPECT_NE(sentence->find("8001 allocations per call (2.00 per item"), std::string::npos) << *sentence;
  EXPECT_FALSE(measured_finding(detector, {2, 8001, 4000}));
  EXPECT_FALSE(measured_finding(detector, {8001, 8001, 0}));  // no size: nothing to divide by
}

}  // namespace
}  // namespace checker::analyze
