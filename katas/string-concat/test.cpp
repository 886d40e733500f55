// Correctness: the solution must render exactly what the baseline renders.
#include <gtest/gtest.h>

#include <limits>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::string_concat {
namespace {

using kata::testing::same_text;

TEST(StringConcat, EmptyInputRendersOnlyTheHeader) {
  EXPECT_TRUE(same_text(baseline::render_report({}), solution::render_report({})));
}

TEST(StringConcat, MatchesBaselineOnGeneratedReports) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 17u, 500u, 3000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      const auto samples = make_samples(size, seed);
      EXPECT_TRUE(same_text(baseline::render_report(samples), solution::render_report(samples)));
    }
  }
}

TEST(StringConcat, EdgeValuesAndEmptyFields) {
  const std::vector<Sample> samples = {
      {"", "", 0.0, 0},
      {"h", "m", -1.5, -1},
      {std::string(300, 'x'), "metric,with,commas", 1e15, std::numeric_limits<std::int64_t>::max()},
      {"host", "tiny", 0.0005, std::numeric_limits<std::int64_t>::min()},
      {"host", "nan", std::numeric_limits<double>::quiet_NaN(), 1},
  };
  EXPECT_TRUE(same_text(baseline::render_report(samples), solution::render_report(samples)));
}

}  // namespace
}  // namespace kata::string_concat
