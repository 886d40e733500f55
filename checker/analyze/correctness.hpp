#pragma once
// Runs a kata's correctness tests (GoogleTest, the baseline as oracle) on the learner's
// build and says which tests failed, with the input and the difference they reported.
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace checker::analyze {

struct TestFailure {
  std::string test;     // Suite.Name
  std::string message;  // GoogleTest's failure text (input label, first difference)
};

struct CorrectnessResult {
  enum class Status { passed, failed, crashed, timed_out };
  Status status = Status::crashed;
  int tests_run = 0;
  std::vector<TestFailure> failures;
  std::string problem;  // crashed / timed out: how the run ended, and its last output lines
  std::chrono::milliseconds duration{};
};

// Parses the JSON GoogleTest writes with --gtest_output=json:FILE; std::runtime_error when
// the text is not such a report.
CorrectnessResult parse_gtest_json(const std::string& text);

// Runs `test_binary` with a wall-time limit.
CorrectnessResult run_correctness_tests(const std::filesystem::path& test_binary,
                                        std::chrono::seconds wall_limit);

}  // namespace checker::analyze
