// Detector fixture: the baseline's tree with other names, nodes made with `new` inside a
// while loop (an explicit stack instead of recursion) and with make_shared in a recursive
// helper. The node-per-allocation detector must still fire.
#include <memory>
#include <utility>

#include "kata.hpp"

namespace kata::arena::solution {

namespace {

struct Item {
  Tag kind = Tag::nil;
  std::int64_t number = 0;
  std::string str;
  std::vector<std::pair<std::string, std::unique_ptr<Item>>> fields;
  std::vector<std::unique_ptr<Item>> elements;
  std::uint32_t expected = 0;
};

std::unique_ptr<Item> read_all(BodyReader& r) {
  std::unique_ptr<Item> top;
  std::vector<Item*> open;
  std::string pending_key;
  bool done = false;
  while (!done) {
    std::unique_ptr<Item> fresh(new Item);
    fresh->kind = r.tag();
    if (fresh->kind == Tag::integer) fresh->number = r.i64();
    if (fresh->kind == Tag::string) fresh->str = std::string(r.text());
    if (fresh->kind == Tag::array || fresh->kind == Tag::map) fresh->expected = r.u32();
    Item* raw = fresh.get();
    if (open.empty()) {
      top = std::move(fresh);
    } else if (open.back()->kind == Tag::map) {
      open.back()->fields.emplace_back(pending_key, std::move(fresh));
    } else {
      open.back()->elements.push_back(std::move(fresh));
    }
    if ((raw->kind == Tag::array || raw->kind == Tag::map) && raw->expected > 0) open.push_back(raw);
    for (;;) {
      if (open.empty()) {
        done = true;
        break;
      }
      Item* parent = open.back();
      const std::size_t have = parent->kind == Tag::map ? parent->fields.size() : parent->elements.size();
      if (have < parent->expected) {
        if (parent->kind == Tag::map) pending_key = std::string(r.text());
        break;
      }
      open.pop_back();
    }
  }
  return top;
}

std::shared_ptr<Item> first_path(const Item& from, int depth) {
  auto to = std::make_shared<Item>();
  to->kind = from.kind;
  to->number = from.number;
  to->str = from.str;
  if (depth > 0 && !from.elements.empty()) first_path(*from.elements.front(), depth - 1);
  return to;
}

}  // namespace

std::vector<RequestSummary> ingest(const std::vector<std::string>& bodies) {
  std::vector<RequestSummary> out(bodies.size());
  std::size_t i = 0;
  do {
    if (i == bodies.size()) break;
    BodyReader r(bodies[i]);
    const auto tree = read_all(r);
    out[i].authorised = tree != nullptr && first_path(*tree, 8) != nullptr;
    ++i;
  } while (true);
  return out;
}

}  // namespace kata::arena::solution
