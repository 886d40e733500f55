// End-to-end: a ranked kata's report through the real `kata check`. Which finding takes the
// most time is measured, so it is `kata verify`'s business; what is tested here must hold on
// any machine: every check ranks, the ranking is remembered per file, and a finding fixed
// since the previous check leaves the ranking and is listed as fixed.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <nlohmann/json.hpp>

#include "cli/e2e_support.hpp"
#include "process/files.hpp"

namespace {

namespace fs = std::filesystem;
using checker::e2e::kata;
using checker::e2e::kRoot;

nlohmann::json check(const fs::path& file) {
  const auto result = kata({"check", "log-analytics", "--no-calibrate", "--format", "json", "--max-seconds", "30",
                            "--solution", file.string()});
  EXPECT_NE(result.exit_code, 2) << result.standard_output << result.standard_error;
  return nlohmann::json::parse(result.standard_output, nullptr, false);
}

void expect_ranked(const nlohmann::json& ranking) {
  ASSERT_TRUE(ranking.is_object()) << "no ranking: perf or valgrind missing?";
  double previous = 1;
  for (const auto& entry : ranking["open"]) {
    const double share = entry["share"].get<double>();
    EXPECT_GE(share, 0);
    EXPECT_LE(share, previous) << "largest share first";
    previous = share;
  }
  EXPECT_FALSE(ranking["next"].get<std::string>().empty());
}

TEST(CapstoneCheck, TheRankingIsRememberedAndAFixedFindingLeavesIt) {
  std::string pattern = (fs::temp_directory_path() / "kata-capstone-XXXXXX").string();
  ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
  const fs::path folder = pattern;  // a new path: a new file for the checker's memory
  const fs::path mine = folder / "solution.cpp";
  fs::copy_file(kRoot / "katas" / "log-analytics" / "solution.cpp", mine);

  const auto starting = check(mine);
  ASSERT_TRUE(starting.is_object());
  const auto& first = starting["ranking"];
  expect_ranked(first);
  ASSERT_EQ(first["open"].size(), 5u) << first.dump(2);
  for (const auto& entry : first["open"]) EXPECT_TRUE(entry["previous_share"].is_null()) << "a first check";
  EXPECT_TRUE(first["fixed"].empty());
  EXPECT_NE(first["next"].get<std::string>().find("Next bottleneck: "), std::string::npos) << first["next"];

  // The learner fixes the distinct-client count only (the solutions' partial-top-one).
  fs::copy_file(kRoot / "solutions" / "log-analytics" / "partial-top-one.cpp", mine, fs::copy_options::overwrite_existing);
  const auto after = check(mine);
  ASSERT_TRUE(after.is_object());
  const auto& second = after["ranking"];
  expect_ranked(second);
  ASSERT_EQ(second["open"].size(), 4u) << second.dump(2);
  for (const auto& entry : second["open"]) {
    EXPECT_NE(entry["id"], "distinct-clients-linear-search");
    EXPECT_TRUE(entry["previous_share"].is_number()) << "ranked at the previous check: " << entry.dump();
  }
  ASSERT_EQ(second["fixed"].size(), 1u) << second.dump(2);
  EXPECT_EQ(second["fixed"][0]["id"], "distinct-clients-linear-search");
  // The report's findings follow the ranking; the decoys come last, marked cold.
  const auto& findings = after["findings"];
  ASSERT_GE(findings.size(), 4u);
  EXPECT_EQ(findings[0]["id"], second["open"][0]["id"]);
  EXPECT_TRUE(findings.back()["cold_path"].get<bool>());
  fs::remove_all(folder);
}

}  // namespace
