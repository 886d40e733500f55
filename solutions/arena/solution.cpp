// Reference: request-scoped memory. Every node and child array of a request's tree comes from
// a std::pmr::monotonic_buffer_resource that starts in a buffer reused by every request:
// allocating is a pointer bump, nothing is freed one by one, and when the request is done
// the tree is dropped whole (no destructor walk: nothing in it owns memory outside the
// arena). Strings and keys are not copied at all: they are views of the request body, which
// lives exactly as long as the tree. The baseline pays malloc and free for ~50 blocks per
// event, and a walk over the whole tree to free them.
#include <memory>
#include <memory_resource>

#include "kata.hpp"

namespace kata::arena::solution {

namespace {

// The baseline's tree with its containers on the request's arena and its strings viewing the
// body. Nodes are created with new_object and never destroyed: the arena's memory goes away
// with the arena, and nothing else needs releasing.
struct Node {
  explicit Node(std::pmr::memory_resource* arena) : keys(arena), children(arena) {}

  Tag tag = Tag::nil;
  std::int64_t integer = 0;
  std::string_view text;                    // string: a view of the body
  std::pmr::vector<std::string_view> keys;  // map: keys[i] names children[i]
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
      node->keys.resize(count);
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
  // Large enough for the tree of any generated request (a 20-event batch needs about 80 KB); a
  // larger body makes the arena take more blocks from the heap, freed with the arena.
  constexpr std::size_t kBufferBytes = 256 * 1024;
  const auto buffer = std::make_unique_for_overwrite<std::byte[]>(kBufferBytes);

  std::vector<RequestSummary> summaries(bodies.size());
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    std::pmr::monotonic_buffer_resource arena(buffer.get(), kBufferBytes);
    BodyReader in(bodies[i]);
    const Node* tree = decode(in, &arena);
    summaries[i] = summarise(*tree);
  }  // the arena goes out of scope: the whole tree is gone, the buffer is reused
  return summaries;
}

}  // namespace kata::arena::solution
