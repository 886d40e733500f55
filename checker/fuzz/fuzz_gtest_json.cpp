// GoogleTest's JSON report of the correctness tests: never a crash, whatever the test binary wrote.
#include "analyze/correctness.hpp"
#include "fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)checker::analyze::parse_gtest_json(checker::fuzz::text_of(data, size));
  return 0;
}
