// The statement run as first written: every order looks its customer up with std::find_if
// in the customers table. Never edited: the checker measures your solution against it.
#include <algorithm>
#include <optional>

#include "kata.hpp"

namespace kata::nested_loop_join::baseline {

namespace {

// Test orders from the shop's own QA account count for nobody. Runs once per run.
std::optional<std::uint64_t> find_qa_account(const std::vector<Customer>& customers) {
  const auto qa = std::find_if(customers.begin(), customers.end(), [](const Customer& customer) {
    return customer.email == qa_account_email;
  });
  if (qa == customers.end()) return std::nullopt;
  return qa->id;
}

// Loyalty discount per order: 5% for silver, 10% for gold, rounded down to the cent.
std::int64_t discount_for(Tier tier, std::int64_t amount_cents) {
  switch (tier) {
    case Tier::silver: return amount_cents * 5 / 100;
    case Tier::gold: return amount_cents * 10 / 100;
    case Tier::standard: break;
  }
  return 0;
}

}  // namespace

std::vector<Statement> build_statements(const Tables& tables) {
  const std::optional<std::uint64_t> qa_account = find_qa_account(tables.customers);
  const std::vector<Customer>& customers = tables.customers;

  // One running statement per customer, in the customers table's order.
  std::vector<Statement> statements(customers.size());
  for (const Order& order : tables.orders) {
    if (order.customer_id == qa_account) continue;
    const auto customer = std::find_if(customers.begin(), customers.end(), [&](const Customer& c) {
      return c.id == order.customer_id;
    });
    if (customer == customers.end()) continue;  // an erased account
    Statement& statement = statements[static_cast<std::size_t>(customer - customers.begin())];
    statement.customer_id = customer->id;
    statement.tier = customer->tier;
    statement.order_count += 1;
    statement.gross_cents += order.amount_cents;
    statement.discount_cents += discount_for(customer->tier, order.amount_cents);
    statement.last_order_at = std::max(statement.last_order_at, order.placed_at);
  }
  // Customers without orders in the period get no statement.
  std::erase_if(statements, [](const Statement& statement) { return statement.order_count == 0; });
  return statements;
}

}  // namespace kata::nested_loop_join::baseline
