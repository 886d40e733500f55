#include "analyze/symbols.hpp"

#include <gtest/gtest.h>

namespace checker::analyze {
namespace {

const std::string kNamespace = "kata::string_concat::solution";

TEST(Symbols, OwnNamespaceAndWeakLibraryInstantiationsAreFine) {
  const std::string nm =
      "0000000000000000 T kata::string_concat::solution::render_report(std::vector<kata::string_concat::Sample> const&)\n"
      "0000000000000000 t kata::string_concat::solution::(anonymous namespace)::header()\n"
      "0000000000000000 W std::vector<int, std::allocator<int> >::_M_realloc_insert(int const&)\n"
      "0000000000000000 V typeinfo for kata::string_concat::solution::Cache\n"
      "0000000000000000 b local_static_buffer\n";
  EXPECT_TRUE(judge_symbols(nm, kNamespace).empty());
}

TEST(Symbols, ReplacedAllocatorIsRejected) {
  const auto violations = judge_symbols("0000000000000000 T operator new(unsigned long)\n", kNamespace);
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_NE(violations[0].reason.find("allocator"), std::string::npos);
  EXPECT_EQ(judge_symbols("0000000000000000 T malloc\n", kNamespace).size(), 1u);
  EXPECT_EQ(judge_symbols("0000000000000000 T free\n", kNamespace).size(), 1u);
  EXPECT_TRUE(judge_symbols("0000000000000000 t freeze(int)\n", kNamespace).empty());
}

TEST(Symbols, BenchmarkTestAndHarnessSymbolsAreRejectedEvenWhenWeak) {
  EXPECT_EQ(judge_symbols("0000000000000000 W benchmark::State::PauseTiming()\n", kNamespace).size(), 1u);
  EXPECT_EQ(judge_symbols("0000000000000000 T testing::Test::Run()\n", kNamespace).size(), 1u);
  EXPECT_EQ(judge_symbols("0000000000000000 T kata::harness::next_seed()\n", kNamespace).size(), 1u);
  EXPECT_EQ(judge_symbols("0000000000000000 T main\n", kNamespace).size(), 1u);
}

TEST(Symbols, StrongDefinitionsOutsideTheNamespaceAreRejected) {
  const auto violations = judge_symbols(
      "0000000000000000 T kata::string_concat::baseline::render_report(std::vector<kata::string_concat::Sample> const&)\n"
      "0000000000000000 B global_cache\n",
      kNamespace);
  ASSERT_EQ(violations.size(), 2u);
  EXPECT_NE(violations[0].reason.find("outside namespace"), std::string::npos);
}

}  // namespace
}  // namespace checker::analyze
