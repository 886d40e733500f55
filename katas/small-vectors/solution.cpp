// Your file: make live_instructions fast. It starts as a copy of baseline.cpp.
// `kata check small-vectors` builds it, tests it against the baseline and measures it.
#include "kata.hpp"

namespace kata::small_vectors::solution {

namespace {

// One instruction of the IR.
struct Instruction {
  Op op = Op::constant;
  std::vector<std::uint32_t> operands;  // the ids of the values it uses
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
    instruction.operands.assign(word, word + operand_count);  // one exactly-sized allocation
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
    for (const std::uint32_t operand : instruction.operands) live[operand] = 1;
  }

  std::vector<std::uint32_t> kept;
  kept.reserve(program.size());
  for (std::size_t id = 0; id < program.size(); ++id)
    if (live[id]) kept.push_back(static_cast<std::uint32_t>(id));
  return kept;
}

}  // namespace kata::small_vectors::solution
