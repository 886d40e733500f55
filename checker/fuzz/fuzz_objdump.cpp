// objdump -d -l output, and the loops found in it.
#include "analyze/machine_code.hpp"
#include "fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  for (const auto& function : checker::analyze::parse_objdump(checker::fuzz::text_of(data, size), "solution.cpp"))
    (void)checker::analyze::find_loops(function);
  return 0;
}
