// Your file: make ingest fast. It starts as a copy of baseline.cpp.
// `kata check arena` builds it, tests it against the baseline and measures it.
#include <memory>

#include "kata.hpp"

namespace kata::arena::solution {

namespace {

// One decoded value: the collector's generic document tree (the destinations' transforms
// walk it too, so it holds everything the body held).
struct Node {
  Tag tag = Tag::nil;
  std::int64_t integer = 0;                     // integer
  std::string text;                             // string
  std::vector<std::string> keys;                // map: keys[i] names children[i]
  std::vector<std::unique_ptr<Node>> children;  // array elements, map values
};

std::unique_ptr<Node> decode(BodyReader& in) {
  auto node = std::make_unique<Node>();
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
      node->text = std::string(in.text());
      break;
    case Tag::array: {
      const std::uint32_t count = in.u32();
      node->children.reserve(count);
      for (std::uint32_t i = 0; i < count; ++i) node->children.push_back(decode(in));
      break;
    }
    case Tag::map: {
      const std::uint32_t count = in.u32();
      node->keys.reserve(count);
      node->children.reserve(count);
      for (std::uint32_t i = 0; i < count; ++i) {
        node->keys.emplace_back(in.text());
        node->children.push_back(decode(in));
      }
      break;
    }
  }
  return node;
}

// The value of `key` in a map node (its first occurrence), or nullptr.
const Node* member(const Node* node, std::string_view key) {
  if (node == nullptr || node->tag != Tag::map) return nullptr;
  for (std::size_t i = 0; i < node->keys.size(); ++i)
    if (node->keys[i] == key) return node->children[i].get();
  return nullptr;
}

bool is_string(const Node* node) { return node != nullptr && node->tag == Tag::string; }

RequestSummary summarise(const Node& body) {
  RequestSummary summary;
  const Node* write_key = member(&body, "writeKey");
  if (!is_string(write_key) || write_key->text.rfind("wk_", 0) != 0) return summary;
  summary.authorised = true;

  const Node* batch = member(&body, "batch");
  if (batch == nullptr || batch->tag != Tag::array) return summary;
  for (const auto& event : batch->children) {
    ++summary.events;
    const Node* type = member(event.get(), "type");
    const Node* message_id = member(event.get(), "messageId");
    const Node* timestamp = member(event.get(), "timestamp");
    const Node* user = member(event.get(), "userId");
    if (user == nullptr) user = member(event.get(), "anonymousId");
    if (!is_string(type) ||
        (type->text != "track" && type->text != "identify" && type->text != "page"))
      continue;
    if (!is_string(message_id) || message_id->text.size() != 36) continue;
    if (timestamp == nullptr || timestamp->tag != Tag::integer) continue;
    if (!is_string(user) || user->text.empty()) continue;
    ++summary.accepted;

    const Node* name = member(event.get(), "event");
    if (type->text == "track" && is_string(name) && name->text == "Order Completed") {
      ++summary.orders;
      const Node* revenue = member(member(event.get(), "properties"), "revenue");
      if (revenue != nullptr && revenue->tag == Tag::integer) summary.revenue_cents += revenue->integer;
    }
  }
  return summary;
}

}  // namespace

std::vector<RequestSummary> ingest(const std::vector<std::string>& bodies) {
  std::vector<RequestSummary> summaries;
  summaries.reserve(bodies.size());
  for (const std::string& body : bodies) {
    BodyReader in(body);
    const std::unique_ptr<Node> tree = decode(in);
    summaries.push_back(summarise(*tree));
  }  // the tree is freed here, node by node
  return summaries;
}

}  // namespace kata::arena::solution
