#pragma once
// nested-loop-join: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "kata/random.hpp"

namespace kata::nested_loop_join {

enum class Tier : std::uint8_t { standard, silver, gold };

// A row of the shop's customers table, in the order the CRM exports it (not sorted by id).
// `id` is the primary key: no two customers share one.
struct Customer {
  std::uint64_t id;      // account number, e.g. 4'318'207'559
  std::string name;      // "Olivia Martinez"
  std::string email;     // "olivia.martinez.417@gmail.com"
  std::string country;   // ISO 3166 code of the billing address, "DE"
  Tier tier;             // loyalty tier: silver and gold get a discount
};

// A row of the orders table for the statement's period (a month), in the order the orders
// were placed. `customer_id` refers to Customer::id; it can name an account that no longer
// exists (erased on the customer's request).
struct Order {
  std::uint64_t id;
  std::uint64_t customer_id;
  std::int64_t amount_cents;  // gross amount before the loyalty discount
  std::int64_t placed_at;     // Unix seconds
};

struct Tables {
  std::vector<Customer> customers;
  std::vector<Order> orders;
};

// One customer's monthly statement: what they ordered in the period, and what their tier
// saved them. It goes out as an e-mail and feeds the loyalty programme.
struct Statement {
  std::uint64_t customer_id;
  Tier tier;
  std::uint32_t order_count;
  std::int64_t gross_cents;     // sum of the orders' gross amounts
  std::int64_t discount_cents;  // sum of the per-order loyalty discounts
  std::int64_t last_order_at;   // the latest placed_at
  bool operator==(const Statement&) const = default;
};

// The shop's own QA account places test orders on the live shop; it gets no statement.
inline const std::string qa_account_email = "qa-orders@shop.internal";

// The statement run: one statement per customer with at least one order in the period, in
// the customers table's order. Orders of erased accounts and of the QA account count for
// nobody.
namespace baseline {
std::vector<Statement> build_statements(const Tables& tables);
}
namespace solution {
std::vector<Statement> build_statements(const Tables& tables);
}

// The inputs the tests and the benchmark use: a month of `order_count` orders from a
// customers table of order_count / 4 accounts (most reorder a few times a month), drawn
// from `seed`. About 2% of the orders belong to erased accounts, about 1% to the QA account
// (when the shop has one: most do).
inline Tables make_tables(std::size_t order_count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  static const std::vector<std::string> first_names = {
      "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophia", "Elijah", "Isabella",
      "Lucas", "Mia", "Mateo", "Charlotte", "Levi", "Harper", "Ethan", "Evelyn", "James",
      "Aurora", "Henry", "Chloe", "Sebastian", "Nora", "Jack", "Zoe", "Samuel", "Hannah",
      "Daniel", "Lena", "David", "Ana", "Tomasz", "Yuki", "Priya", "Kwame", "Ines"};
  static const std::vector<std::string> last_names = {
      "Martinez", "Smith", "Johnson", "Garcia", "Brown", "Kowalski", "Nguyen", "Dubois",
      "Rossi", "Tanaka", "Okafor", "Fischer", "Silva", "Andersson", "Patel", "Murphy",
      "Novak", "Lee", "Schmidt", "Costa", "Haddad", "Ivanova", "Moreau", "Jensen"};
  static const std::vector<std::string> domains = {
      "gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "web.de",
      "northwind-traders.com", "fabrikam.io", "orange.fr", "libero.it"};
  static const std::vector<std::string> countries = {"DE", "FR", "NL", "IT", "ES", "AT",
                                                     "BE", "PL", "SE", "IE", "GB", "CH"};

  Tables tables;
  const std::size_t customer_count = order_count == 0 ? 0 : order_count / 4 + 1;
  std::unordered_set<std::uint64_t> taken;
  const auto fresh_id = [&] {
    for (;;) {
      const auto id = static_cast<std::uint64_t>(rng.between(1'000'000'000, 9'999'999'999));
      if (taken.insert(id).second) return id;
    }
  };
  tables.customers.reserve(customer_count + 1);
  for (std::size_t i = 0; i < customer_count; ++i) {
    const std::string& first = rng.pick(first_names);
    const std::string& last = rng.pick(last_names);
    std::string email = first + "." + last + "." + std::to_string(rng.between(1, 999)) + "@" +
                        rng.pick(domains);
    for (char& c : email) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const double tier_draw = rng.unit();
    const Tier tier = tier_draw < 0.75 ? Tier::standard
                      : tier_draw < 0.95 ? Tier::silver
                                         : Tier::gold;
    tables.customers.push_back({fresh_id(), first + " " + last, std::move(email),
                                rng.pick(countries), tier});
  }
  // The QA account sits somewhere in the table, like any other customer.
  const bool has_qa_account = customer_count > 0 && rng.chance(0.8);
  std::uint64_t qa_id = 0;
  if (has_qa_account) {
    qa_id = fresh_id();
    const auto at = static_cast<std::size_t>(rng.next() % (customer_count + 1));
    tables.customers.insert(tables.customers.begin() + static_cast<std::ptrdiff_t>(at),
                            Customer{qa_id, "QA Orders", qa_account_email, "DE", Tier::gold});
  }

  tables.orders.reserve(order_count);
  std::uint64_t order_id = 70'000'000 + static_cast<std::uint64_t>(rng.between(0, 999'999));
  std::int64_t placed_at = 1'718'000'000 + rng.between(0, 86'400);
  for (std::size_t i = 0; i < order_count; ++i) {
    order_id += static_cast<std::uint64_t>(rng.between(1, 3));
    placed_at += rng.between(0, 12);
    std::uint64_t customer_id = 0;
    if (tables.customers.empty() || rng.chance(0.02)) {
      customer_id = fresh_id();  // an account erased since the order was placed
    } else if (has_qa_account && rng.chance(0.01)) {
      customer_id = qa_id;
    } else {
      do {
        customer_id = rng.pick(tables.customers).id;
      } while (customer_id == qa_id && tables.customers.size() > 1);
    }
    tables.orders.push_back({order_id, customer_id, rng.between(199, 250'000), placed_at});
  }
  return tables;
}

}  // namespace kata::nested_loop_join
