// Reference: a hash join. The customers table is indexed once per run, by id, in a hash
// map (the build side); each order then finds its customer with one hash and one probe
// (the probe side) instead of walking the table: O(customers + orders) expected instead of
// O(customers x orders). The map is sized once and holds positions, not copies; the
// statements stay in the customers table's order, so the output is exactly as before.
#include <algorithm>
#include <optional>
#include <unordered_map>

#include "kata.hpp"

namespace kata::nested_loop_join::solution {

namespace {

std::optional<std::uint64_t> find_qa_account(const std::vector<Customer>& customers) {
  const auto qa = std::find_if(customers.begin(), customers.end(), [](const Customer& customer) {
    return customer.email == qa_account_email;
  });
  if (qa == customers.end()) return std::nullopt;
  return qa->id;
}

std::int64_t discount_for(Tier tier, std::int64_t amount_cents) {
  switch (tier) {
    case Tier::silver: return amount_cents * 5 / 100;
    case Tier::gold: return amount_cents * 10 / 100;
    case Tier::standard: break;
  }
  return 0;
}

void add_order(Statement& statement, const Customer& customer, const Order& order) {
  statement.customer_id = customer.id;
  statement.tier = customer.tier;
  statement.order_count += 1;
  statement.gross_cents += order.amount_cents;
  statement.discount_cents += discount_for(customer.tier, order.amount_cents);
  statement.last_order_at = std::max(statement.last_order_at, order.placed_at);
}

}  // namespace

std::vector<Statement> build_statements(const Tables& tables) {
  const std::optional<std::uint64_t> qa_account = find_qa_account(tables.customers);  // cold
  const std::vector<Customer>& customers = tables.customers;

  std::unordered_map<std::uint64_t, std::size_t> position_of;
  position_of.reserve(customers.size());
  for (std::size_t i = 0; i < customers.size(); ++i) position_of.emplace(customers[i].id, i);

  std::vector<Statement> statements(customers.size());
  for (const Order& order : tables.orders) {
    if (order.customer_id == qa_account) continue;
    const auto found = position_of.find(order.customer_id);
    if (found == position_of.end()) continue;  // an erased account
    add_order(statements[found->second], customers[found->second], order);
  }
  std::erase_if(statements, [](const Statement& statement) { return statement.order_count == 0; });
  return statements;
}

}  // namespace kata::nested_loop_join::solution
