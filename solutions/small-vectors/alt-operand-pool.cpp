// Alternative: no per-instruction storage at all. Every operand of the module goes into one
// flat array, in instruction order, and an instruction records where its operands start
// and how many there are (the "compressed sparse row" layout of graphs and sparse
// matrices). One allocation for the whole program, whatever the operand counts, and every
// pass reads two arrays front to back (or back to front).
#include "kata.hpp"

namespace kata::small_vectors::solution {

namespace {

struct Instruction {
  Op op = Op::constant;
  std::uint32_t first = 0;  // index of its first operand in Program::operands
  std::uint32_t count = 0;
};

struct Program {
  std::vector<Instruction> instructions;
  std::vector<std::uint32_t> operands;  // all instructions' operands, back to back
};

Program load_module(const Module& module) {
  const std::uint32_t* word = module.words.data();
  const std::uint32_t count = *word++;
  Program program;
  program.instructions.reserve(count);
  program.operands.reserve(module.words.size() - 1 - count);  // the module's words, less headers
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint32_t header = *word++;
    const std::uint32_t operand_count = header >> 16;
    program.instructions.push_back(Instruction{static_cast<Op>(header & 0xFFFF),
                                               static_cast<std::uint32_t>(program.operands.size()),
                                               operand_count});
    program.operands.insert(program.operands.end(), word, word + operand_count);
    word += operand_count;
  }
  return program;
}

}  // namespace

std::vector<std::uint32_t> live_instructions(const Module& module) {
  const Program program = load_module(module);
  const std::size_t size = program.instructions.size();
  const std::uint32_t* operands = program.operands.data();

  std::vector<char> live(size, 0);
  for (std::size_t id = size; id-- > 0;) {
    const Instruction& instruction = program.instructions[id];
    if (has_side_effects(instruction.op)) live[id] = 1;
    if (!live[id]) continue;
    for (std::uint32_t k = 0; k < instruction.count; ++k) live[operands[instruction.first + k]] = 1;
  }

  std::vector<std::uint32_t> kept;
  kept.reserve(size);
  for (std::size_t id = 0; id < size; ++id)
    if (live[id]) kept.push_back(static_cast<std::uint32_t>(id));
  return kept;
}

}  // namespace kata::small_vectors::solution
