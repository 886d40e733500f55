#include "catalogue/kata_spec.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

namespace checker::catalogue {
namespace {

const std::filesystem::path kKatas = std::filesystem::path(KATA_SOURCE_DIR) / "katas";

nlohmann::json example() {
  std::ifstream in(kKatas / "string-concat" / "kata.json");
  return nlohmann::json::parse(in);
}

// Parses the example after `edit`, expecting a SpecError naming `field` and containing `words`.
void expect_rejected(const std::function<void(nlohmann::json&)>& edit, const std::string& field,
                     const std::string& words) {
  auto document = example();
  edit(document);
  try {
    parse_kata_spec(document.dump(), "katas/x/kata.json");
    FAIL() << "accepted a kata.json with a bad '" << field << "'";
  } catch (const SpecError& error) {
    EXPECT_EQ(error.field(), field) << error.what();
    EXPECT_EQ(error.file(), "katas/x/kata.json");
    EXPECT_NE(std::string(error.what()).find(words), std::string::npos) << error.what();
  }
}

TEST(KataSpec, EveryKataInTheRepositoryValidates) {
  const auto catalogue = load_catalogue(kKatas);
  for (const auto& error : catalogue.errors) ADD_FAILURE() << error.what();
  EXPECT_GE(catalogue.katas.size(), 1u);
  for (const auto& kata : catalogue.katas) {
    EXPECT_EQ(kata.directory.filename(), kata.slug);
    EXPECT_GE(kata.hints.size(), 3u) << kata.slug;
    // The README's header and task repeat the target: re-tuning a kata must update both.
    std::ifstream readme(kata.directory / "README.md");
    std::stringstream text;
    text << readme.rdbuf();
    const std::string marker = "**Target:** ";
    const auto at = text.str().find(marker);
    ASSERT_NE(at, std::string::npos) << kata.slug << ": README.md has no '" << marker << "' line";
    // A parallel kata states its efficiency ("80% parallel efficiency"): the speedup depends on the machine.
    const double stated = std::stod(text.str().substr(at + marker.size()));
    EXPECT_DOUBLE_EQ(stated, kata.parallel_efficiency ? *kata.parallel_efficiency * 100 : kata.target_speedup)
        << kata.slug << ": README.md states another target than kata.json";
  }
}

// README.md's kata table: every kata has a row, in course order, with kata.json's target.
TEST(KataSpec, TheReadmeTableListsEveryKataWithItsTarget) {
  const auto catalogue = load_catalogue(kKatas);
  std::ifstream readme(kKatas.parent_path() / "README.md");
  std::vector<std::pair<std::string, double>> rows;  // slug, target
  for (std::string line; std::getline(readme, line);) {
    const auto link = line.find("](katas/");
    if (!line.starts_with("| ") || link == std::string::npos) continue;
    const auto name_start = line.rfind('[', link) + 1;
    std::vector<std::string> cells;
    std::stringstream row(line);
    for (std::string cell; std::getline(row, cell, '|');) cells.push_back(cell);
    ASSERT_GE(cells.size(), 6u) << line;
    // A parallel kata's target reads "80% of cores": its speedup depends on the machine.
    const bool efficiency = cells[5].find('%') != std::string::npos;
    rows.emplace_back(line.substr(name_start, link - name_start), std::stod(cells[5]) / (efficiency ? -100 : 1));
  }
  ASSERT_EQ(rows.size(), catalogue.katas.size()) << "README.md's table and katas/ disagree";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& kata = catalogue.katas[i];
    EXPECT_EQ(rows[i].first, kata.slug) << "row " << i + 1 << " is out of course order";
    if (kata.parallel_efficiency)
      EXPECT_DOUBLE_EQ(-rows[i].second, *kata.parallel_efficiency) << rows[i].first;
    else
      EXPECT_DOUBLE_EQ(rows[i].second, kata.target_speedup) << rows[i].first;
  }
}

TEST(KataSpec, ReadsTheExampleFaithfully) {
  const auto spec = load_kata_spec(kKatas / "string-concat" / "kata.json");
  EXPECT_EQ(spec.slug, "string-concat");
  EXPECT_EQ(spec.cpp_namespace(), "kata::string_concat");
  EXPECT_EQ(spec.metric, Metric::cpu_time);
  EXPECT_EQ(spec.verdict_size, spec.sizes.back());
  ASSERT_FALSE(spec.findings.empty());
  EXPECT_EQ(spec.findings.front().severity, Severity::critical);
  EXPECT_EQ(spec.findings.front().detect.kind, Detector::Kind::clang_query);
}

TEST(KataSpec, NamesTheFieldThatIsWrong) {
  expect_rejected([](auto& d) { d.erase("entry"); }, "entry", "is missing");
  expect_rejected([](auto& d) { d["order"] = "first"; }, "order", "whole number");
  expect_rejected([](auto& d) { d["target"]["speedup"] = 1.2; }, "target.speedup", "at least 1.5");
  expect_rejected([](auto& d) { d["target"]["metric"] = "wall"; }, "target.metric", "one of");
  expect_rejected([](auto& d) { d["measure"]["verdict_size"] = 3; }, "measure.verdict_size",
                  "one of measure.sizes");
  expect_rejected([](auto& d) { d["measure"]["sizes"] = {4, 2}; }, "measure.sizes",
                  "strictly increasing");
  expect_rejected([](auto& d) { d["findings"][0]["severity"] = "urgent"; }, "findings[0].severity",
                  "one of critical, high, medium, low");
  expect_rejected([](auto& d) { d["findings"][1]["detect"]["kind"] = "grep"; },
                  "findings[1].detect.kind", "one of");
  expect_rejected([](auto& d) { d["findings"][1]["id"] = d["findings"][0]["id"]; },
                  "findings[1].id", "repeats");
  expect_rejected([](auto& d) { d["hints"].erase(0); }, "hints", "three hints");
  expect_rejected([](auto& d) { d["track"] = "misc"; }, "track", "not a known track");
  expect_rejected([](auto& d) { d["slug"] = "Bad Slug"; }, "slug", "lower-case");
  expect_rejected([](auto& d) { d["tagret"] = 1; }, "tagret", "misspelt");
  expect_rejected([](auto& d) { d["context"] = "hot"; }, "context", "must be an object");
  expect_rejected([](auto& d) { d["deterministic"] = "always"; }, "deterministic", "one of judge, inform");
  expect_rejected([](auto& d) { d["extra_sources"] = "other.cpp"; }, "extra_sources", "must be an array");
  expect_rejected([](auto& d) { d["extra_sources"] = {"../../etc/x.cpp"}; }, "extra_sources[0]", "kata's own folder");
  expect_rejected([](auto& d) { d["extra_sources"] = {"solution.cpp"}; }, "extra_sources[0]", "other than baseline");
  expect_rejected([](auto& d) { d["extra_sources"] = {"shapes.hpp"}; }, "extra_sources[0]", ".cpp file");
  expect_rejected([](auto& d) { d["extra_sources"] = {"a.cpp", "a.cpp"}; }, "extra_sources[1]", "repeats");
}

TEST(KataSpec, AParallelEfficiencyTargetIsResolvedAgainstTheCoresPresent) {
  auto document = example();
  document["target"] = {{"metric", "real_time"}, {"parallel_efficiency", 0.8}};
  const auto on_two = parse_kata_spec(document.dump(), "x", 2);
  ASSERT_TRUE(on_two.parallel_efficiency.has_value());
  EXPECT_DOUBLE_EQ(*on_two.parallel_efficiency, 0.8);
  EXPECT_EQ(on_two.target_cores, 2);
  EXPECT_DOUBLE_EQ(on_two.target_speedup, 1.6);
  EXPECT_DOUBLE_EQ(parse_kata_spec(document.dump(), "x", 4).target_speedup, 3.2);
  EXPECT_DOUBLE_EQ(parse_kata_spec(document.dump(), "x", 1).target_speedup, 1.5) << "never below the floor";
  EXPECT_DOUBLE_EQ(parse_kata_spec(document.dump(), "x", 64).target_speedup, 0.8 * kMaxTargetCores);
  EXPECT_GE(parse_kata_spec(document.dump(), "x").target_cores, 1) << "default: this machine's cores";
  EXPECT_FALSE(parse_kata_spec(example().dump(), "x").parallel_efficiency.has_value());

  expect_rejected([](auto& d) { d["target"]["parallel_efficiency"] = 0.8; }, "target.speedup",
                  "cannot be given with parallel_efficiency");
  expect_rejected(
      [](auto& d) { d["target"] = {{"metric", "real_time"}, {"parallel_efficiency", 1.5}}; },
      "target.parallel_efficiency", "at most 1");
  expect_rejected(
      [](auto& d) { d["target"] = {{"metric", "cpu_time"}, {"parallel_efficiency", 0.8}}; },
      "target.parallel_efficiency", "real_time");
  expect_rejected([](auto& d) { d["target"] = {{"metric", "real_time"}}; }, "target.speedup", "is missing");
}

TEST(KataSpec, ExtraSourcesMustExistBesideTheKataJson) {
  const auto folder = std::filesystem::temp_directory_path() / "kata-spec-extra" / "string-concat";
  std::filesystem::create_directories(folder);
  auto document = example();
  document["extra_sources"] = {"library.cpp"};
  std::ofstream(folder / "kata.json") << document.dump();
  try {
    load_kata_spec(folder / "kata.json");
    ADD_FAILURE() << "accepted an extra source that does not exist";
  } catch (const SpecError& error) {
    EXPECT_EQ(error.field(), "extra_sources[0]");
  }
  std::ofstream(folder / "library.cpp") << "int f() { return 1; }\n";
  EXPECT_EQ(load_kata_spec(folder / "kata.json").extra_sources, std::vector<std::string>{"library.cpp"});
  std::filesystem::remove_all(folder.parent_path());
}

TEST(KataSpec, DeterministicModeInformsUnlessTheKataSaysItJudges) {
  auto document = example();
  document.erase("deterministic");
  EXPECT_FALSE(parse_kata_spec(document.dump(), "k").deterministic_judges);
  document["deterministic"] = "inform";
  EXPECT_FALSE(parse_kata_spec(document.dump(), "k").deterministic_judges);
  document["deterministic"] = "judge";
  EXPECT_TRUE(parse_kata_spec(document.dump(), "k").deterministic_judges);
}

TEST(KataSpec, ARankedKataNeedsTwoFindingsWithLines) {
  auto document = example();
  EXPECT_FALSE(parse_kata_spec(document.dump(), "k").ranked_by_profile);
  document["ranked_by_profile"] = true;
  document["findings"] = nlohmann::json::array({document["findings"][0], document["findings"][0]});
  document["findings"][1]["id"] = "second";
  EXPECT_TRUE(parse_kata_spec(document.dump(), "k").ranked_by_profile);

  expect_rejected([](auto& d) { d["ranked_by_profile"] = "yes"; }, "ranked_by_profile", "true or false");
  expect_rejected([](auto& d) {
    d["ranked_by_profile"] = true;
    d["findings"] = nlohmann::json::array({d["findings"][0]});
  }, "ranked_by_profile", "at least two clang-query findings");
  expect_rejected([](auto& d) {
    d["ranked_by_profile"] = true;
    d["findings"][1]["detect"] = {{"kind", "measured"}, {"evidence", "allocations_per_call"}, {"above_per_item", 2}};
  }, "findings[1].detect.kind", "clang-query or decoy");
}

TEST(KataSpec, InvalidJsonIsReportedWithItsPosition) {
  try {
    parse_kata_spec("{ \"slug\": \"x\", }", "katas/x/kata.json");
    FAIL() << "accepted invalid JSON";
  } catch (const SpecError& error) {
    EXPECT_NE(std::string(error.what()).find("katas/x/kata.json"), std::string::npos);
    EXPECT_NE(std::string(error.what()).find("line 1"), std::string::npos) << error.what();
  }
  // Found by the kata_json fuzzer's sibling: nlohmann reports a number too large as
  // out_of_range, not parse_error; it used to escape and end `kata` with terminate.
  EXPECT_THROW(parse_kata_spec("{\"slug\": 1e99999}", "katas/x/kata.json"), SpecError);
}

TEST(KataSpec, SlugMustMatchTheFolder) {
  const auto folder = std::filesystem::temp_directory_path() / "kata-spec-test" / "other-name";
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "kata.json") << example().dump();
  EXPECT_THROW(load_kata_spec(folder / "kata.json"), SpecError);
  std::filesystem::remove_all(folder.parent_path());
}

TEST(KataSpec, AMissingFileIsAClearError) {
  EXPECT_THROW(load_kata_spec("/nonexistent/kata.json"), SpecError);
}

}  // namespace
}  // namespace checker::catalogue
