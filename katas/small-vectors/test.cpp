// Correctness: the solution must keep exactly the instructions the baseline keeps.
#include <gtest/gtest.h>

#include <sstream>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::small_vectors {
namespace {

// Succeeds when the lists are equal; otherwise names the first position that differs.
::testing::AssertionResult same_ids(const std::vector<std::uint32_t>& expected,
                                    const std::vector<std::uint32_t>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t index = 0;
  while (index < expected.size() && index < actual.size() && expected[index] == actual[index])
    ++index;
  const auto at = [index](const std::vector<std::uint32_t>& ids) {
    return index < ids.size() ? "instruction " + std::to_string(ids[index]) : std::string("(end of list)");
  };
  std::ostringstream message;
  message << "live instructions differ at position " << index << "\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  lengths:  baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

::testing::AssertionResult matches_baseline(const Module& module) {
  return same_ids(baseline::live_instructions(module), solution::live_instructions(module));
}

Module empty_module() { return Module{{0}}; }

TEST(SmallVectors, MatchesBaselineOnGeneratedModules) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 5u, 17u, 500u, 5000u, 60000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      EXPECT_TRUE(matches_baseline(make_module(size, seed)));
    }
  }
}

TEST(SmallVectors, EmptyModule) {
  EXPECT_TRUE(matches_baseline(empty_module()));
  EXPECT_TRUE(solution::live_instructions(empty_module()).empty());
  EXPECT_TRUE(matches_baseline(make_module(0, 1)));
}

TEST(SmallVectors, OneInstruction) {
  Module pure = empty_module();
  append_instruction(pure, Op::constant, {});
  EXPECT_TRUE(same_ids({}, solution::live_instructions(pure)));
  Module effect = empty_module();
  append_instruction(effect, Op::ret, {});
  EXPECT_TRUE(same_ids({0}, solution::live_instructions(effect)));
}

TEST(SmallVectors, HandWrittenProgram) {
  Module module = empty_module();
  append_instruction(module, Op::constant, {});      // 0: used by 2 (live)
  append_instruction(module, Op::constant, {});      // 1: used by 3 only (dead)
  append_instruction(module, Op::load, {0});         // 2: used by 4 (live)
  append_instruction(module, Op::add, {1, 1});       // 3: unused (dead)
  append_instruction(module, Op::store, {2, 2});     // 4: side effect (live)
  append_instruction(module, Op::mul, {2, 0});       // 5: used only by dead 6 (dead)
  append_instruction(module, Op::select, {5, 5, 5}); // 6: unused (dead)
  append_instruction(module, Op::call, {});          // 7: side effect (live)
  EXPECT_TRUE(same_ids({0, 2, 4, 7}, baseline::live_instructions(module)));
  EXPECT_TRUE(same_ids({0, 2, 4, 7}, solution::live_instructions(module)));
}

TEST(SmallVectors, ManyOperandsAndDuplicates) {
  // Calls far above any inline capacity, and the same value used many times by one
  // instruction that then dies.
  Module module = empty_module();
  for (std::uint32_t i = 0; i < 100; ++i) append_instruction(module, Op::constant, {});
  std::vector<std::uint32_t> arguments;
  for (std::uint32_t i = 0; i < 100; i += 2) arguments.push_back(i);
  append_instruction(module, Op::call, arguments);                              // 100
  append_instruction(module, Op::phi, std::vector<std::uint32_t>(40, 1));       // 101: dead
  append_instruction(module, Op::phi, std::vector<std::uint32_t>(9, 3));        // 102: used by 103
  append_instruction(module, Op::ret, {102});                                   // 103
  std::vector<std::uint32_t> all;
  for (std::uint32_t i = 0; i < 104; ++i) all.push_back(i);
  append_instruction(module, Op::call, std::vector<std::uint32_t>(7, 99));      // 104
  append_instruction(module, Op::phi, all);                                     // 105: dead
  EXPECT_TRUE(matches_baseline(module));
}

TEST(SmallVectors, EveryOperandCountUpToForty) {
  Module module = empty_module();
  for (std::uint32_t i = 0; i < 8; ++i) append_instruction(module, Op::constant, {});
  for (std::uint32_t count = 0; count <= 40; ++count) {
    const auto here = module.words[0];
    std::vector<std::uint32_t> operands;
    for (std::uint32_t k = 0; k < count; ++k) operands.push_back((here * 7 + k * 13) % here);
    append_instruction(module, count % 3 == 0 ? Op::call : Op::phi, operands);
  }
  EXPECT_TRUE(matches_baseline(module));
}

TEST(SmallVectors, DeadChainsCollapse) {
  // A long chain whose end is unused: all of it is dead; the same chain ending in a store
  // is all live.
  Module dead = empty_module();
  append_instruction(dead, Op::constant, {});
  for (std::uint32_t i = 1; i < 10000; ++i) append_instruction(dead, Op::add, {i - 1, i - 1});
  EXPECT_TRUE(matches_baseline(dead));
  EXPECT_TRUE(solution::live_instructions(dead).empty());

  Module kept = dead;
  append_instruction(kept, Op::store, {0, 9999});
  EXPECT_TRUE(matches_baseline(kept));
  EXPECT_EQ(solution::live_instructions(kept).size(), 10001u);
}

TEST(SmallVectors, AValueWithManyUsersLivesWhileOneOfThemDoes) {
  // Value 0 has 300 users, far past any inline capacity of a use list. All but the last
  // die; that one is kept by a store, so 0 must stay. Then the same with no survivor.
  Module module = empty_module();
  append_instruction(module, Op::constant, {});                           // 0
  for (std::uint32_t i = 0; i < 300; ++i) append_instruction(module, Op::add, {0, 0});  // 1..300
  append_instruction(module, Op::store, {300, 300});                      // 301
  EXPECT_TRUE(matches_baseline(module));
  EXPECT_TRUE(same_ids({0, 300, 301}, solution::live_instructions(module)));

  Module none = empty_module();
  append_instruction(none, Op::constant, {});
  for (std::uint32_t i = 0; i < 300; ++i) append_instruction(none, Op::mul, {0});
  EXPECT_TRUE(matches_baseline(none));
  EXPECT_TRUE(solution::live_instructions(none).empty());
}

TEST(SmallVectors, OnlySideEffects) {
  Module module = empty_module();
  for (std::uint32_t i = 0; i < 1000; ++i) append_instruction(module, i % 2 ? Op::call : Op::ret, {});
  EXPECT_TRUE(matches_baseline(module));
  EXPECT_EQ(solution::live_instructions(module).size(), 1000u);
}

}  // namespace
}  // namespace kata::small_vectors
