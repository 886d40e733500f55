// kata.json: any text is a KataSpec or a SpecError naming the field, never anything else.
#include "catalogue/kata_spec.hpp"
#include "fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const auto spec = checker::catalogue::parse_kata_spec(checker::fuzz::text_of(data, size), "fuzz/kata.json", 2);
    (void)spec.cpp_namespace();
  } catch (const checker::catalogue::SpecError&) {
  }
  return 0;
}
