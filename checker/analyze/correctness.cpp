#include "analyze/correctness.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "process/files.hpp"
#include "process/process.hpp"

namespace checker::analyze {

namespace {

std::string last_lines(const std::string& text, std::size_t count) {
  std::size_t start = text.size();
  if (start > 0 && text[start - 1] == '\n') --start;  // ignore the final newline
  for (std::size_t found = 0; start > 0; --start) {
    if (text[start - 1] == '\n' && ++found == count) break;
  }
  return text.substr(start);
}

CorrectnessResult read_gtest_json(const std::string& text) {
  CorrectnessResult result;
  const auto document = nlohmann::json::parse(text);
  result.tests_run = document.value("tests", 0);
  for (const auto& suite : document.value("testsuites", nlohmann::json::array())) {
    for (const auto& test : suite.value("testsuite", nlohmann::json::array())) {
      if (!test.contains("failures")) continue;
      TestFailure failure{suite.value("name", "?") + "." + test.value("name", "?"), ""};
      for (const auto& item : test.at("failures")) {
        if (!failure.message.empty()) failure.message += "\n";
        failure.message += item.value("failure", "");
      }
      result.failures.push_back(std::move(failure));
    }
  }
  result.status = result.failures.empty() ? CorrectnessResult::Status::passed : CorrectnessResult::Status::failed;
  return result;
}

}  // namespace

CorrectnessResult parse_gtest_json(const std::string& text) {
  try {
    return read_gtest_json(text);
  } catch (const nlohmann::json::exception& error) {
    throw std::runtime_error(std::string("not GoogleTest's JSON report: ") + error.what());
  }
}

CorrectnessResult run_correctness_tests(const std::filesystem::path& given_test_binary,
                                        std::chrono::seconds wall_limit) {
  const auto test_binary = std::filesystem::absolute(given_test_binary);
  const auto report = test_binary.parent_path() / "tests.json";
  std::error_code ignored;
  std::filesystem::remove(report, ignored);
  const auto run = process::run({.program = test_binary,
                                 .args = {"--gtest_output=json:" + report.string(), "--gtest_brief=1"},
                                 // Its own folder: files the learner's code writes by relative path land there.
                                 .working_directory = test_binary.parent_path(),
                                 .limits = {.wall_time = wall_limit,
                                            .address_space_bytes = std::size_t{16} << 30,
                                            .file_size_bytes = std::size_t{256} << 20,
                                            .max_output_bytes = 256 << 10}});
  CorrectnessResult result;
  if (run.ending == process::Ending::timed_out) {
    result.status = CorrectnessResult::Status::timed_out;
    result.problem = "the tests " + run.describe() + " (an endless loop?)";
  } else if (run.ending != process::Ending::exited) {
    result.status = CorrectnessResult::Status::crashed;
    result.problem = "the tests were " + run.describe() + "\n" + last_lines(run.standard_output + run.standard_error, 6);
  } else {
    try {
      result = parse_gtest_json(process::read_file_or_empty(report));
    } catch (const std::exception&) {
      result.status = CorrectnessResult::Status::crashed;
      result.problem = "the tests " + run.describe() + " without a report\n" +
                       last_lines(run.standard_output + run.standard_error, 6);
    }
    if (result.status == CorrectnessResult::Status::passed && !run.succeeded()) {
      result.status = CorrectnessResult::Status::crashed;
      result.problem = "the tests " + run.describe() + "\n" + last_lines(run.standard_output + run.standard_error, 6);
    }
  }
  result.duration = run.wall_time;
  return result;
}

}  // namespace checker::analyze
