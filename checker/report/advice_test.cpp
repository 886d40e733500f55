// Every snippet a report prints must compile: the benchmark code of section 5, for every
// kata in the repository, against the kata's real header.
#include <gtest/gtest.h>

#include <fstream>

#include "catalogue/kata_spec.hpp"
#include "process/process.hpp"
#include "report/evidence.hpp"

namespace checker::report {
namespace {

namespace fs = std::filesystem;
const fs::path kRoot = KATA_SOURCE_DIR;

TEST(BenchmarkAdvice, TheSnippetOfEveryKataCompiles) {
  const auto catalogue = catalogue::load_catalogue(kRoot / "katas");
  ASSERT_FALSE(catalogue.katas.empty());
  const fs::path folder = fs::temp_directory_path() / ("kata-snippets-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  for (const auto& kata : catalogue.katas) {
    Evidence evidence;
    evidence.bench_binary = "/tmp/bench";
    const auto advice = benchmark_advice(kata, evidence);
    const fs::path file = folder / (kata.slug + ".cpp");
    std::ofstream(file) << advice.code;
    const auto compiled = process::run(
        {.program = "g++",
         .args = {"-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Werror", "-I" + kata.directory.string(),
                  "-I" + (kRoot / "katas" / "common" / "include").string(), file.string()}});
    EXPECT_TRUE(compiled.succeeded()) << kata.slug << ":\n" << compiled.standard_error << "\n" << advice.code;
  }
  fs::remove_all(folder);
}

TEST(BenchmarkAdvice, UsesTheKatasTimerAndSizes) {
  catalogue::KataSpec kata;
  kata.slug = "waits";
  kata.entry = "fetch_all";
  kata.snippet_input = "make(size, seed)";
  kata.snippet_call = "fetch_all(input)";
  kata.metric = catalogue::Metric::real_time;
  kata.sizes = {4, 8};
  kata.target_speedup = 7;
  const auto advice = benchmark_advice(kata, Evidence{});
  EXPECT_NE(advice.code.find("->Arg(4)->Arg(8)"), std::string::npos);
  EXPECT_NE(advice.code.find("UseRealTime()"), std::string::npos);
  EXPECT_EQ(advice.code.find("MeasureProcessCPUTime"), std::string::npos);
  EXPECT_NE(advice.code.find("k::solution::fetch_all(input)"), std::string::npos);
}

}  // namespace
}  // namespace checker::report
