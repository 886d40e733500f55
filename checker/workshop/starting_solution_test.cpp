#include "workshop/starting_solution.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace checker::workshop {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(StartingSolution, RenamesTheNamespaceAndReplacesTheHeader) {
  catalogue::KataSpec kata;
  kata.slug = "demo";
  kata.entry = "render";
  const std::string baseline =
      "// The renderer as first written.\n// Never edited.\n#include \"kata.hpp\"\n\n"
      "namespace kata::demo::baseline {\n// baseline_helper stays as it is\nint render() { return 1; }\n"
      "}  // namespace kata::demo::baseline\n";
  EXPECT_EQ(starting_solution(kata, baseline),
            "// Your file: make render fast. It starts as a copy of baseline.cpp.\n"
            "// `kata check demo` builds it, tests it against the baseline and measures it.\n"
            "#include \"kata.hpp\"\n\nnamespace kata::demo::solution {\n// baseline_helper stays as it is\n"
            "int render() { return 1; }\n}  // namespace kata::demo::solution\n");
  kata.metric = catalogue::Metric::memory_growth;
  EXPECT_EQ(starting_solution(kata, baseline).substr(0, 40), "// Your file: bound the memory of render");
  // A namespace that merely starts with "baseline" is not the baseline's.
  EXPECT_NE(starting_solution(kata, "namespace kata::demo::baseline_v2 {\n").find("baseline_v2"), std::string::npos);
}

// `kata reset` derives the starting file instead of storing a copy: that is only safe while
// every shipped solution.cpp is exactly what it derives. (In a learner's checkout an edited
// solution.cpp fails this test; `kata reset <kata>` restores it.)
TEST(StartingSolution, IsWhatEveryKataShips) {
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(KATA_SOURCE_DIR) / "katas")) {
    if (!fs::exists(entry.path() / "kata.json")) continue;
    const auto kata = catalogue::load_kata_spec(entry.path() / "kata.json");
    EXPECT_EQ(starting_solution(kata, read(entry.path() / "baseline.cpp")), read(entry.path() / "solution.cpp"))
        << entry.path().string() << "/solution.cpp is not the starting solution";
    ++checked;
  }
  EXPECT_GT(checked, 0);
}

}  // namespace
}  // namespace checker::workshop
