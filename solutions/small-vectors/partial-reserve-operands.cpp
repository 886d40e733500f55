// Partial fix: the operand vectors are reserved at their exact size (the header gives the
// count), so they no longer regrow at one, two and four operands. Still one malloc per
// instruction for the operands, and the use lists, whose sizes are not known while loading,
// still grow one use at a time.
#include <algorithm>

#include "kata.hpp"

namespace kata::small_vectors::solution {

namespace {

// One instruction of the IR. Instruction i defines value i.
struct Instruction {
  Op op = Op::constant;
  std::vector<std::uint32_t> operands;  // the values it uses, in order
  std::vector<std::uint32_t> users;     // the instructions that use its value, once per use
};

// As in every SSA builder, recording an operand also records the use on the value, so that
// passes can walk from a value to its users.
void add_operand(std::vector<Instruction>& program, std::uint32_t user, std::uint32_t value) {
  program[user].operands.push_back(value);
  program[value].users.push_back(user);
}

std::vector<Instruction> load_module(const Module& module) {
  const std::uint32_t* word = module.words.data();
  const std::uint32_t count = *word++;
  std::vector<Instruction> program;
  program.reserve(count);
  for (std::uint32_t id = 0; id < count; ++id) {
    const std::uint32_t header = *word++;
    const std::uint32_t operand_count = header >> 16;
    Instruction& instruction = program.emplace_back();
    instruction.op = static_cast<Op>(header & 0xFFFF);
    instruction.operands.reserve(operand_count);
    for (std::uint32_t k = 0; k < operand_count; ++k) add_operand(program, id, *word++);
  }
  return program;
}

}  // namespace

std::vector<std::uint32_t> live_instructions(const Module& module) {
  std::vector<Instruction> program = load_module(module);

  // Trivially dead instructions: no side effects and no users. Deleting one removes its
  // uses, which may leave the values it used without users in turn.
  std::vector<std::uint32_t> worklist;
  for (std::uint32_t id = 0; id < program.size(); ++id)
    if (!has_side_effects(program[id].op) && program[id].users.empty()) worklist.push_back(id);

  std::vector<char> dead(program.size(), 0);
  while (!worklist.empty()) {
    const std::uint32_t id = worklist.back();
    worklist.pop_back();
    dead[id] = 1;
    for (const std::uint32_t value : program[id].operands) {
      std::vector<std::uint32_t>& users = program[value].users;
      users.erase(std::find(users.begin(), users.end(), id));  // one use per operand
      if (users.empty() && !has_side_effects(program[value].op)) worklist.push_back(value);
    }
  }

  std::vector<std::uint32_t> kept;
  kept.reserve(program.size());
  for (std::uint32_t id = 0; id < program.size(); ++id)
    if (!dead[id]) kept.push_back(id);
  return kept;
}

}  // namespace kata::small_vectors::solution
