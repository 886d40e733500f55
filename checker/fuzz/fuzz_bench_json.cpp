// Google Benchmark's JSON output: a report or a std::runtime_error saying what is wrong.
#include <stdexcept>

#include "fuzz/fuzz_input.hpp"
#include "measure/bench_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    (void)checker::measure::parse_bench_json(checker::fuzz::text_of(data, size));
  } catch (const std::runtime_error&) {
  }
  return 0;
}
