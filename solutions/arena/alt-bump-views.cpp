// Alternative: a hand-written bump arena kept for the whole batch (reset, not freed, between
// requests) and a tree of trivially destructible nodes. Strings are not copied at all: they
// are views into the request body, which outlives the tree. Each map or array gets exactly
// one block for its children (the count is in the body). No std::pmr, same idea: memory
// that belongs to a request is taken in bulk and given back in bulk.
#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>

#include "kata.hpp"

namespace kata::arena::solution {

namespace {

// Hands out memory from large blocks; reset() makes all of it free again without returning
// the blocks to the heap.
class BumpArena {
 public:
  template <class T>
  T* make_array(std::size_t count) {
    static_assert(std::is_trivially_destructible_v<T>);
    void* memory = allocate(sizeof(T) * count, alignof(T));
    return static_cast<T*>(memory);
  }

  void reset() {
    current_ = 0;
    used_ = 0;
  }

 private:
  void* allocate(std::size_t bytes, std::size_t align) {
    for (;;) {
      if (current_ < blocks_.size()) {
        Block& block = blocks_[current_];
        const std::size_t start = (used_ + align - 1) & ~(align - 1);
        if (start + bytes <= block.size) {
          used_ = start + bytes;
          return block.memory.get() + start;
        }
        ++current_;
        used_ = 0;
        continue;
      }
      const std::size_t size = std::max<std::size_t>(kBlockBytes, bytes + align);
      blocks_.push_back(Block{std::make_unique<std::byte[]>(size), size});
    }
  }

  struct Block {
    std::unique_ptr<std::byte[]> memory;
    std::size_t size;
  };
  static constexpr std::size_t kBlockBytes = 256 * 1024;
  std::vector<Block> blocks_;
  std::size_t current_ = 0;  // the block being filled
  std::size_t used_ = 0;     // bytes taken from it
};

struct Node {
  Tag tag;
  std::uint32_t count;       // array elements or map members
  std::int64_t integer;      // integer
  std::string_view text;     // string (a view into the body)
  std::string_view* keys;    // map: count keys
  Node* children;            // array elements, map values: count nodes
};

// Constructs the next value of `in` in `node` (raw arena memory, or a local).
void decode(BodyReader& in, BumpArena& arena, Node& node) {
  ::new (static_cast<void*>(&node)) Node{in.tag(), 0, 0, {}, nullptr, nullptr};
  switch (node.tag) {
    case Tag::nil:
    case Tag::true_:
    case Tag::false_:
      break;
    case Tag::integer:
      node.integer = in.i64();
      break;
    case Tag::string:
      node.text = in.text();
      break;
    case Tag::array:
      node.count = in.u32();
      node.children = arena.make_array<Node>(node.count);
      for (std::uint32_t i = 0; i < node.count; ++i) decode(in, arena, node.children[i]);
      break;
    case Tag::map:
      node.count = in.u32();
      node.keys = arena.make_array<std::string_view>(node.count);
      node.children = arena.make_array<Node>(node.count);
      for (std::uint32_t i = 0; i < node.count; ++i) {
        ::new (static_cast<void*>(&node.keys[i])) std::string_view(in.text());
        decode(in, arena, node.children[i]);
      }
      break;
  }
}

const Node* member(const Node* node, std::string_view key) {
  if (node == nullptr || node->tag != Tag::map) return nullptr;
  for (std::uint32_t i = 0; i < node->count; ++i)
    if (node->keys[i] == key) return &node->children[i];
  return nullptr;
}

bool is_string(const Node* node) { return node != nullptr && node->tag == Tag::string; }

RequestSummary summarise(const Node& body) {
  RequestSummary summary;
  const Node* write_key = member(&body, "writeKey");
  if (!is_string(write_key) || !write_key->text.starts_with("wk_")) return summary;
  summary.authorised = true;

  const Node* batch = member(&body, "batch");
  if (batch == nullptr || batch->tag != Tag::array) return summary;
  for (std::uint32_t e = 0; e < batch->count; ++e) {
    const Node* event = &batch->children[e];
    ++summary.events;
    const Node* type = member(event, "type");
    const Node* message_id = member(event, "messageId");
    const Node* timestamp = member(event, "timestamp");
    const Node* user = member(event, "userId");
    if (user == nullptr) user = member(event, "anonymousId");
    if (!is_string(type) || (type->text != "track" && type->text != "identify" && type->text != "page"))
      continue;
    if (!is_string(message_id) || message_id->text.size() != 36) continue;
    if (timestamp == nullptr || timestamp->tag != Tag::integer) continue;
    if (!is_string(user) || user->text.empty()) continue;
    ++summary.accepted;

    const Node* name = member(event, "event");
    if (type->text == "track" && is_string(name) && name->text == "Order Completed") {
      ++summary.orders;
      const Node* revenue = member(member(event, "properties"), "revenue");
      if (revenue != nullptr && revenue->tag == Tag::integer) summary.revenue_cents += revenue->integer;
    }
  }
  return summary;
}

}  // namespace

std::vector<RequestSummary> ingest(const std::vector<std::string>& bodies) {
  BumpArena arena;
  std::vector<RequestSummary> summaries;
  summaries.reserve(bodies.size());
  for (const std::string& body : bodies) {
    BodyReader in(body);
    Node tree;
    decode(in, arena, tree);
    summaries.push_back(summarise(tree));
    arena.reset();
  }
  return summaries;
}

}  // namespace kata::arena::solution
