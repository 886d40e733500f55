// GoogleTest's JSON report of the correctness tests: a result or a std::runtime_error,
// whatever the test binary wrote.
#include <stdexcept>

#include "analyze/correctness.hpp"
#include "fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    (void)checker::analyze::parse_gtest_json(checker::fuzz::text_of(data, size));
  } catch (const std::runtime_error&) {
  }
  return 0;
}
