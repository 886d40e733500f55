// End-to-end: the corpus of submissions written to game or break the checker
// (testdata/adversarial/). Each file says in its first lines what it tries, the status it
// must get (`// expect: broken` or `// expect: measured`, i.e. any verdict reached by
// measuring) and phrases the report must contain (`// says: a; b`). Each runs as its own
// test through the real `kata check`, with short compile and test limits, and must leave
// the kata's files and the submission itself as they were.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "process/process.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kRoot = KATA_SOURCE_DIR;
const fs::path kCorpus = kRoot / "checker" / "cli" / "testdata" / "adversarial";

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Expectation {
  std::string expect;                // broken | measured
  std::vector<std::string> phrases;  // each must appear in the report
};

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(' ');
  const auto last = text.find_last_not_of(' ');
  return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

Expectation read_expectation(const fs::path& file) {
  Expectation expectation;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line) && line.starts_with("//");) {
    if (line.starts_with("// expect:")) expectation.expect = trimmed(line.substr(10));
    if (line.starts_with("// says:")) {
      std::stringstream phrases(line.substr(8));
      for (std::string phrase; std::getline(phrases, phrase, ';');) expectation.phrases.push_back(trimmed(phrase));
    }
  }
  return expectation;
}

std::vector<std::string> corpus() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kCorpus))
    if (entry.path().extension() == ".cpp") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class AdversarialSubmission : public testing::TestWithParam<std::string> {};

TEST_P(AdversarialSubmission, GetsItsStatusWithAReasonAndChangesNothing) {
  const fs::path file = kCorpus / (GetParam() + ".cpp");
  const auto expectation = read_expectation(file);
  ASSERT_TRUE(expectation.expect == "broken" || expectation.expect == "measured")
      << file << " needs a '// expect: broken|measured' line";
  const std::string submission_before = read(file);
  // Its own copy of the suite: a submission that writes to the kata's files (and the guard
  // that restores them) must not touch the checkout other tests read at the same time.
  const fs::path suite = fs::temp_directory_path() / ("kata-adversarial-" + std::to_string(::getpid()));
  fs::remove_all(suite);
  fs::create_directories(suite);
  fs::copy(kRoot / "katas", suite / "katas", fs::copy_options::recursive);
  const fs::path kata_header = suite / "katas" / "string-concat" / "kata.hpp";
  const std::string header_before = read(kata_header);

  const auto result = checker::process::run(
      {.program = KATA_EXECUTABLE,
       .args = {"check", "string-concat", "--no-calibrate", "--plain", "--solution", file.string(), "--compile-seconds",
                "20", "--test-seconds", "20", "--max-seconds", "20"},
       .environment = {{"KATA_ROOT", suite.string()}, {"KATA_STATE_DIR", KATA_TEST_STATE_DIR}, {"NO_COLOR", "1"},
                       {"KATA_VICTIM_ROOT", suite.string()}},
       .limits = {.wall_time = std::chrono::seconds(300), .max_output_bytes = 1 << 20}});
  const std::string report = result.standard_output;
  ASSERT_EQ(result.ending, checker::process::Ending::exited) << result.describe() << "\n" << report;
  if (expectation.expect == "broken") {
    EXPECT_EQ(result.exit_code, 2) << report << result.standard_error;
    EXPECT_NE(report.find("BROKEN"), std::string::npos) << report;
  } else {
    EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1 || result.exit_code == 3) << report << result.standard_error;
  }
  for (const auto& phrase : expectation.phrases)
    EXPECT_NE(report.find(phrase), std::string::npos) << "missing '" << phrase << "' in:\n" << report;
  EXPECT_EQ(read(file), submission_before) << "the submission was modified";
  EXPECT_EQ(read(kata_header), header_before) << "the kata's header was left modified";
  fs::remove_all(suite);
}

INSTANTIATE_TEST_SUITE_P(Corpus, AdversarialSubmission, testing::ValuesIn(corpus()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
