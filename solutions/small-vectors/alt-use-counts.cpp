// Alternative: no per-instruction lists at all. The operands are read where they already
// are, in the module's words (an instruction records where its operands start and how many
// there are), and this pass only ever asks "does this value still have users?", which a
// count answers as well as a list: deleting a use decrements it. Two flat arrays, no
// allocation per instruction, nothing to search when a use goes away.
#include "kata.hpp"

namespace kata::small_vectors::solution {

namespace {

struct Instruction {
  Op op = Op::constant;
  std::uint16_t operand_count = 0;  // operand counts are < 65536
  std::uint32_t first_operand = 0;  // index into the module's words
};

}  // namespace

std::vector<std::uint32_t> live_instructions(const Module& module) {
  const std::uint32_t* words = module.words.data();
  const std::uint32_t count = words[0];
  std::vector<Instruction> program(count);
  std::vector<std::uint32_t> uses_left(count, 0);
  std::uint32_t at = 1;
  for (std::uint32_t id = 0; id < count; ++id) {
    const std::uint32_t header = words[at++];
    Instruction& instruction = program[id];
    instruction.op = static_cast<Op>(header & 0xFFFF);
    instruction.operand_count = static_cast<std::uint16_t>(header >> 16);
    instruction.first_operand = at;
    for (std::uint32_t k = 0; k < instruction.operand_count; ++k) ++uses_left[words[at++]];
  }

  std::vector<std::uint32_t> worklist;
  for (std::uint32_t id = 0; id < count; ++id)
    if (!has_side_effects(program[id].op) && uses_left[id] == 0) worklist.push_back(id);

  std::vector<char> dead(count, 0);
  while (!worklist.empty()) {
    const std::uint32_t id = worklist.back();
    worklist.pop_back();
    dead[id] = 1;
    const Instruction& instruction = program[id];
    for (std::uint32_t k = 0; k < instruction.operand_count; ++k) {
      const std::uint32_t value = words[instruction.first_operand + k];
      if (--uses_left[value] == 0 && !has_side_effects(program[value].op)) worklist.push_back(value);
    }
  }

  std::vector<std::uint32_t> kept;
  kept.reserve(count);
  for (std::uint32_t id = 0; id < count; ++id)
    if (!dead[id]) kept.push_back(id);
  return kept;
}

}  // namespace kata::small_vectors::solution
