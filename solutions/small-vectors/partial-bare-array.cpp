// A step that misses the point: the operand list loses std::vector's capacity field and
// becomes a bare heap array plus a 16-bit count (16 bytes per instruction instead of 32).
// The instruction is smaller, but every instruction with an operand still costs one
// allocation, one free and a pointer to follow, which is where the time goes: ~1.1-1.2×.
#include <algorithm>
#include <memory>

#include "kata.hpp"

namespace kata::small_vectors::solution {

namespace {

// One instruction of the IR, without the vector's capacity word.
struct Instruction {
  Op op = Op::constant;
  std::uint16_t count = 0;
  std::unique_ptr<std::uint32_t[]> operands;  // `count` ids, exactly sized

  const std::uint32_t* begin() const { return operands.get(); }
  const std::uint32_t* end() const { return operands.get() + count; }
};

std::vector<Instruction> load_module(const Module& module) {
  const std::uint32_t* word = module.words.data();
  const std::uint32_t count = *word++;
  std::vector<Instruction> program;
  program.reserve(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint32_t header = *word++;
    const std::uint32_t operand_count = header >> 16;
    Instruction& instruction = program.emplace_back();
    instruction.op = static_cast<Op>(header & 0xFFFF);
    instruction.count = static_cast<std::uint16_t>(operand_count);
    if (operand_count > 0) {
      instruction.operands = std::make_unique_for_overwrite<std::uint32_t[]>(operand_count);
      std::copy(word, word + operand_count, instruction.operands.get());
    }
    word += operand_count;
  }
  return program;
}

}  // namespace

std::vector<std::uint32_t> live_instructions(const Module& module) {
  const std::vector<Instruction> program = load_module(module);

  // Backwards: every user comes after the values it uses, so when an instruction is
  // reached, every instruction that could make it live has been seen.
  std::vector<char> live(program.size(), 0);
  for (std::size_t id = program.size(); id-- > 0;) {
    const Instruction& instruction = program[id];
    if (has_side_effects(instruction.op)) live[id] = 1;
    if (!live[id]) continue;
    for (const std::uint32_t operand : instruction) live[operand] = 1;
  }

  std::vector<std::uint32_t> kept;
  kept.reserve(program.size());
  for (std::size_t id = 0; id < program.size(); ++id)
    if (live[id]) kept.push_back(static_cast<std::uint32_t>(id));
  return kept;
}

}  // namespace kata::small_vectors::solution
