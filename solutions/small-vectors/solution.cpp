// Reference: operands and users live inside the instruction. Almost every list here holds
// one to four ids, so a list keeps up to four in place and only goes to the heap when it
// grows past that (big calls, the few values used many times). Building the IR no longer
// costs two or three mallocs per instruction for its operands and as many again for its
// use lists, nor the frees when the IR is thrown away; the pass reads one array of
// 56-byte instructions instead of chasing two pointers per instruction.
#include <algorithm>
#include <cstring>

#include "kata.hpp"

namespace kata::small_vectors::solution {

namespace {

// A list of ids with room for kInline of them inside the object (a "small vector").
class IdList {
 public:
  static constexpr std::uint32_t kInline = 4;

  IdList() = default;
  IdList(IdList&& other) noexcept : size_(other.size_), capacity_(other.capacity_) {
    std::memcpy(&storage_, &other.storage_, sizeof storage_);
    other.size_ = 0;
    other.capacity_ = kInline;
  }
  IdList& operator=(IdList&&) = delete;
  ~IdList() {
    if (on_heap()) delete[] storage_.heap;
  }

  void push_back(std::uint32_t id) {
    if (size_ == capacity_) grow();
    data()[size_++] = id;
  }
  // Removes one occurrence of `id`, which must be present; the order of the others is kept.
  void erase_one(std::uint32_t id) {
    std::uint32_t* first = data();
    std::uint32_t* found = std::find(first, first + size_, id);
    std::copy(found + 1, first + size_, found);
    --size_;
  }
  bool empty() const { return size_ == 0; }
  const std::uint32_t* begin() const { return on_heap() ? storage_.heap : storage_.inline_ids; }
  const std::uint32_t* end() const { return begin() + size_; }

 private:
  bool on_heap() const { return capacity_ > kInline; }
  std::uint32_t* data() { return on_heap() ? storage_.heap : storage_.inline_ids; }
  void grow() {
    const std::uint32_t capacity = capacity_ * 2;
    auto* heap = new std::uint32_t[capacity];
    std::copy(begin(), end(), heap);
    if (on_heap()) delete[] storage_.heap;
    storage_.heap = heap;
    capacity_ = capacity;
  }

  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = kInline;
  union Storage {
    std::uint32_t inline_ids[kInline];
    std::uint32_t* heap;
  } storage_{};
};

struct Instruction {
  Op op = Op::constant;
  IdList operands;
  IdList users;
};

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
    for (std::uint32_t k = 0; k < operand_count; ++k) {
      const std::uint32_t value = *word++;
      instruction.operands.push_back(value);
      program[value].users.push_back(id);
    }
  }
  return program;
}

}  // namespace

std::vector<std::uint32_t> live_instructions(const Module& module) {
  std::vector<Instruction> program = load_module(module);

  std::vector<std::uint32_t> worklist;
  for (std::uint32_t id = 0; id < program.size(); ++id)
    if (!has_side_effects(program[id].op) && program[id].users.empty()) worklist.push_back(id);

  std::vector<char> dead(program.size(), 0);
  while (!worklist.empty()) {
    const std::uint32_t id = worklist.back();
    worklist.pop_back();
    dead[id] = 1;
    for (const std::uint32_t value : program[id].operands) {
      IdList& users = program[value].users;
      users.erase_one(id);
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
