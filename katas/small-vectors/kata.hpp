#pragma once
// small-vectors: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::small_vectors {

// The instructions of the shader compiler's SSA form. Instruction i defines value i.
enum class Op : std::uint16_t {
  constant,  // no operands
  load,      // 1 operand: the address
  add,       // 2 operands
  mul,       // 2 operands
  compare,   // 2 operands
  select,    // 3 operands: condition, value if true, value if false
  phi,       // 2 or more operands: the value arriving from each predecessor block
  call,      // any number of operands (the arguments), side effects
  store,     // 2 operands: address, value; side effects
  ret,       // 0 or 1 operand; side effects
};

// Instructions with side effects are kept even when nothing uses their value.
inline bool has_side_effects(Op op) { return op == Op::call || op == Op::store || op == Op::ret; }

// A module as the front end serialises it, in 32-bit words:
//   word 0    n, the number of instructions
//   then, for each instruction i = 0 .. n-1:
//     one word  (operand count << 16) | opcode
//     then the operands, one word each: the ids of the values they use, all < i
// Operand counts are < 65536; the same value may appear twice in one instruction.
struct Module {
  std::vector<std::uint32_t> words;
};

// Dead-code elimination: an instruction is live when it has side effects or when a live
// instruction uses its value. Returns the ids of the live instructions, ascending.
namespace baseline {
std::vector<std::uint32_t> live_instructions(const Module& module);
}
namespace solution {
std::vector<std::uint32_t> live_instructions(const Module& module);
}

// Appends one instruction to a module whose word 0 already counts the instructions (used by
// the generator and the tests).
inline void append_instruction(Module& module, Op op, const std::vector<std::uint32_t>& operands) {
  module.words.push_back(static_cast<std::uint32_t>(operands.size()) << 16 |
                         static_cast<std::uint32_t>(op));
  module.words.insert(module.words.end(), operands.begin(), operands.end());
  ++module.words[0];
}

// The inputs the tests and the benchmark use: a module of `instructions` instructions drawn
// from `seed`, with the mix of a compiled shader: mostly arithmetic on recent values, a few
// loads, stores and phis, and calls with up to four arguments (one call in twenty passes
// 9 to 32).
inline Module make_module(std::size_t instructions, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  Module module;
  module.words.reserve(1 + instructions * 4);
  module.words.push_back(0);
  std::vector<std::uint32_t> operands;
  for (std::size_t i = 0; i < instructions; ++i) {
    // An operand: usually a value defined shortly before, sometimes any earlier one.
    const auto value = [&] {
      const auto id = static_cast<std::int64_t>(i);
      const std::int64_t back = rng.chance(0.85) ? rng.between(1, 12) : rng.between(1, id);
      return static_cast<std::uint32_t>(id - std::min(back, id));
    };
    Op op = Op::constant;
    std::int64_t count = 0;
    const std::int64_t dice = i < 4 ? 0 : rng.between(0, 99);
    if (dice < 12) {
      op = Op::constant;
    } else if (dice < 24) {
      op = Op::load;
      count = 1;
    } else if (dice < 58) {
      op = dice < 36 ? Op::add : dice < 48 ? Op::mul : Op::compare;
      count = 2;
    } else if (dice < 65) {
      op = Op::select;
      count = 3;
    } else if (dice < 73) {
      op = Op::phi;
      count = rng.between(2, 4);
    } else if (dice < 87) {
      op = Op::call;
      count = rng.chance(0.05) ? rng.between(9, 32) : rng.between(0, 4);
    } else if (dice < 98) {
      op = Op::store;
      count = 2;
    } else {
      op = Op::ret;
      count = rng.between(0, 1);
    }
    operands.clear();
    for (std::int64_t k = 0; k < count; ++k) operands.push_back(value());
    append_instruction(module, op, operands);
  }
  return module;
}

}  // namespace kata::small_vectors
