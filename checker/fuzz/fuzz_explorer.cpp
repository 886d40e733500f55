// Compiler Explorer's answers (the first byte chooses which endpoint's): a value or an
// explorer::Error fit for a learner.
#include "explorer/client.hpp"
#include "fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  namespace explorer = checker::explorer;
  const std::string body = checker::fuzz::text_of(data + 1, size - 1);
  const std::string server = "http://127.0.0.1:1";
  try {
    switch (data[0] % 4) {
      case 0: (void)explorer::close_matches(explorer::parse_compilers(body, server), "g12"); break;
      case 1: (void)explorer::parse_compilation(body, server, "application/json"); break;
      case 2: (void)explorer::parse_short_url(body, server); break;
      default: (void)explorer::parse_shortlink_source(body, server, "abc123"); break;
    }
  } catch (const explorer::Error&) {
  }
  return 0;
}
