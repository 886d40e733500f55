// Reference: the operands live inside the instruction. An instruction keeps up to four
// operand ids in place and only allocates when it has more (big calls, under 1% of the
// instructions here), so loading a module no longer costs a malloc and a free per
// instruction, and the pass reads one array of 24-byte instructions instead of a 32-byte
// vector header per instruction plus a separate 32-byte heap block for its operands.
#include <algorithm>

#include "kata.hpp"

namespace kata::small_vectors::solution {

namespace {

// One instruction of the IR. Its operand ids are stored in place when there are at most
// kInline of them, in a heap block of their own otherwise: the inline array and the heap
// pointer share the same bytes, and `count` says which one is in use.
struct Instruction {
  static constexpr std::uint32_t kInline = 4;

  Instruction() = default;
  Instruction(Instruction&& other) noexcept : op(other.op), count(other.count) {
    if (count > kInline) {
      heap = other.heap;
      other.count = 0;
    } else {
      std::copy(other.inline_operands, other.inline_operands + count, inline_operands);
    }
  }
  Instruction& operator=(Instruction&&) = delete;
  ~Instruction() {
    if (count > kInline) delete[] heap;
  }

  void assign_operands(const std::uint32_t* first, std::uint32_t size) {
    count = static_cast<std::uint16_t>(size);  // operand counts are < 65536
    if (size > kInline) {
      heap = new std::uint32_t[size];
      std::copy(first, first + size, heap);
    } else {
      // A fixed trip count: the compiler unrolls it instead of calling memmove.
      for (std::uint32_t k = 0; k < kInline; ++k)
        if (k < size) inline_operands[k] = first[k];
    }
  }
  const std::uint32_t* begin() const { return count > kInline ? heap : inline_operands; }
  const std::uint32_t* end() const { return begin() + count; }

  Op op = Op::constant;
  std::uint16_t count = 0;
  union {
    std::uint32_t inline_operands[kInline] = {};
    std::uint32_t* heap;
  };
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
    instruction.assign_operands(word, operand_count);  // in place, for all but big calls
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
