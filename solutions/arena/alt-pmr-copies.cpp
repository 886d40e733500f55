// Alternative: the arena alone, strings still copied. Every node, string, key and child array
// of a request's tree comes from a per-request std::pmr::monotonic_buffer_resource on a
// reused buffer (std::pmr::string and std::pmr::vector, constructed with it), and the tree is
// dropped with the arena instead of destroyed node by node. Slower than the reference, which
// also skips copying the strings, but it passes: the allocations were the cost.
#include <memory>
#include <memory_resource>

#include "kata.hpp"

namespace kata::arena::solution {

namespace {

// The baseline's tree with every container on the request's arena. Nodes are created with
// new_object and never destroyed: the arena's memory goes away with the arena.
struct Node {
  explicit Node(std::pmr::memory_resource* arena) : text(arena), keys(arena), children(arena) {}

  Tag tag = Tag::nil;
  std::int64_t integer = 0;
  std::pmr::string text;
  std::pmr::vector<std::pmr::string> keys;  // map: keys[i] names children[i]
  std::pmr::vector<Node*> children;         // array elements, map values
};

Node* decode(BodyReader& in, std::pmr::memory_resource* arena) {
  Node* node = std::pmr::polymorphic_allocator<>(arena).new_object<Node>(arena);
  node->tag = in.tag();
  switch (node->tag) {
    case Tag::nil:
    case Tag::true_:
    case Tag::false_:
      break;
    case Tag::integer:
      node->integer = in.i64();
      break;
    case Tag::string:
      node->text = in.text();
      break;
    case Tag::array: {
      const std::uint32_t count = in.u32();
      node->children.resize(count);
      for (std::uint32_t i = 0; i < count; ++i) node->children[i] = decode(in, arena);
      break;
    }
    case Tag::map: {
      const std::uint32_t count = in.u32();
      node->keys.resize(count);  // empty strings that got the vector's allocator: the arena
      node->children.resize(count);
      for (std::uint32_t i = 0; i < count; ++i) {
        node->keys[i] = in.text();
        node->children[i] = decode(in, arena);
      }
      break;
    }
  }
  return node;
}

const Node* member(const Node* node, std::string_view key) {
  if (node == nullptr || node->tag != Tag::map) return nullptr;
  for (std::size_t i = 0; i < node->keys.size(); ++i)
    if (node->keys[i] == key) return node->children[i];
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
  for (const Node* event : batch->children) {
    ++summary.events;
    const Node* type = member(event, "type");
    const Node* message_id = member(event, "messageId");
    const Node* timestamp = member(event, "timestamp");
    const Node* user = member(event, "userId");
    if (user == nullptr) user = member(event, "anonymousId");
    if (!is_string(type) ||
        (type->text != "track" && type->text != "identify" && type->text != "page"))
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
  // Large enough for the tree of a typical request; a larger body makes the arena take more
  // blocks from the heap, freed with the arena.
  constexpr std::size_t kBufferBytes = 256 * 1024;
  const auto buffer = std::make_unique_for_overwrite<std::byte[]>(kBufferBytes);

  std::vector<RequestSummary> summaries;
  summaries.reserve(bodies.size());
  for (const std::string& body : bodies) {
    std::pmr::monotonic_buffer_resource arena(buffer.get(), kBufferBytes);
    BodyReader in(body);
    const Node* tree = decode(in, &arena);
    summaries.push_back(summarise(*tree));
  }  // the arena goes out of scope: the whole tree is gone, the buffer is reused
  return summaries;
}

}  // namespace kata::arena::solution
