// perf script and callgrind_annotate output (the first byte chooses which).
#include "analyze/profile.hpp"
#include "fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string text = checker::fuzz::text_of(data + 1, size - 1);
  if (data[0] % 2 == 0)
    (void)checker::analyze::parse_perf_script(text);
  else
    (void)checker::analyze::parse_callgrind(text, "solution.cpp");
  return 0;
}
