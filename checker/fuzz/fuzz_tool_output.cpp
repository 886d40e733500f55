// clang-tidy's and clang-query's output about the learner's file (the first byte chooses which).
#include "analyze/detectors.hpp"
#include "analyze/static_analysis.hpp"
#include "fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string text = checker::fuzz::text_of(data + 1, size - 1);
  if (data[0] % 2 == 0)
    (void)checker::analyze::parse_clang_tidy_output(text, "/work/katas/x/solution.cpp");
  else
    (void)checker::analyze::parse_clang_query_output(text, "/work/katas/x/solution.cpp");
  return 0;
}
