// Alternative without a hash table: the customers (the small side) are indexed once per
// run as (id, position) pairs sorted by id, and each order finds its customer by binary
// search. O((customers + orders) log customers): about 13 steps per order through an index
// that fits in the L2 cache, against one probe for a hash table.
#include <algorithm>
#include <optional>
#include <utility>

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
  const std::optional<std::uint64_t> qa_account = find_qa_account(tables.customers);
  const std::vector<Customer>& customers = tables.customers;

  std::vector<std::pair<std::uint64_t, std::size_t>> index;
  index.reserve(customers.size());
  for (std::size_t i = 0; i < customers.size(); ++i) index.emplace_back(customers[i].id, i);
  std::sort(index.begin(), index.end());

  std::vector<Statement> statements(customers.size());
  for (const Order& order : tables.orders) {
    if (order.customer_id == qa_account) continue;
    const auto found = std::lower_bound(
        index.begin(), index.end(), order.customer_id,
        [](const std::pair<std::uint64_t, std::size_t>& entry, std::uint64_t id) {
          return entry.first < id;
        });
    if (found == index.end() || found->first != order.customer_id) continue;
    add_order(statements[found->second], customers[found->second], order);
  }
  std::erase_if(statements, [](const Statement& statement) { return statement.order_count == 0; });
  return statements;
}

}  // namespace kata::nested_loop_join::solution
