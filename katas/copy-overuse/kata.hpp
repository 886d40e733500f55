#pragma once
// copy-overuse: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kata/random.hpp"

namespace kata::copy_overuse {

// The shop's customer table, as the CRM exports it: customer id i is customers[i].
struct Customer {
  std::uint32_t id = 0;
  std::string name;     // "Olivia Martinez-Kowalski"
  std::string email;    // "olivia.martinez.417@fabrikam-mail.com"
  std::string street;   // "1742 Riverside Industrial Parkway"
  std::string city;     // "Frankfurt am Main"
  std::string country;  // ISO 3166 code: "DE"
  std::vector<std::string> tags;  // CRM tags: "loyalty-gold-member", "newsletter-subscriber"
};

// One order of the batch: who placed it and how much it is worth before any discount.
struct Order {
  std::uint32_t customer = 0;  // index into CheckoutBatch::customers
  std::uint32_t amount_cents = 0;
};

// The checkout service's unit of work: the customer table (about a thousand customers, loaded
// once per batch) and the orders placed since the last batch.
struct CheckoutBatch {
  std::vector<Customer> customers;
  std::vector<Order> orders;
};

// The batch's totals, as the finance dashboard shows them. Orders placed from one of the
// shop's own e-mail domains are staff test orders: counted apart and ignored otherwise.
// The promotion rules are in baseline.cpp.
struct CheckoutTotals {
  std::uint64_t orders = 0;         // customer orders (staff test orders excluded)
  std::uint64_t staff_orders = 0;
  std::uint64_t free_shipping = 0;  // customer orders that ship free
  std::uint64_t discounted = 0;     // customer orders with a discount
  std::uint64_t discount_cents = 0;
  std::uint64_t revenue_cents = 0;  // customer orders' amounts after discounts
  bool operator==(const CheckoutTotals&) const = default;
};

namespace baseline {
CheckoutTotals apply_promotions(const CheckoutBatch& batch);
}
namespace solution {
CheckoutTotals apply_promotions(const CheckoutBatch& batch);
}

// Customers in a generated batch.
inline constexpr std::size_t kCustomers = 1000;

// The inputs the tests and the benchmark use: kCustomers customers (about 3% of them staff
// accounts) and `orders` orders from random customers, drawn from `seed`.
inline CheckoutBatch make_batch(std::size_t orders, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  static const std::vector<std::string> first_names = {
      "Olivia", "Charlotte", "Amelia", "Isabella", "Sophia", "Matthias", "Sebastian",
      "Alexander", "Benjamin", "Kwame", "Priyanka", "Tomasz", "Yukiko", "Ingrid", "Mateo"};
  static const std::vector<std::string> last_names = {
      "Martinez", "Kowalski", "Johnson", "Andersson", "Okafor", "Fischer", "Dubois",
      "Tanaka", "Rossi", "Haddad", "Ivanova", "Schmidt", "Nguyen", "Murphy", "Jensen"};
  static const std::vector<std::string> domains = {
      "@fabrikam-mail.com", "@outlook.com", "@proton.me", "@contoso-group.co.uk",
      "@mail.adventure-works.net", "@tailspin-toys.de", "@gmail.com"};
  static const std::vector<std::string> streets = {
      "Riverside Industrial Parkway", "Old Harbour Road", "Königsberger Straße",
      "Rue du Faubourg Saint-Antoine", "Via Giuseppe Garibaldi", "Calle de Alcalá"};
  static const std::vector<std::string> cities = {
      "Frankfurt am Main", "Berlin", "Rotterdam", "Aix-en-Provence", "Milano",
      "Kraków", "Saint-Étienne-du-Rouvray", "Wien", "Göteborg", "København"};
  static const std::vector<std::string> countries = {"DE", "DE", "DE", "NL", "FR", "IT",
                                                     "PL", "AT", "SE", "DK", "ES", "GB"};
  static const std::vector<std::string> tags = {
      "newsletter-subscriber", "loyalty-gold-member", "loyalty-platinum-member",
      "friends-and-family-2024", "prefers-paperless-invoices", "first-order-completed",
      "marketing-opt-out-email", "b2b-invoice-customer", "returned-item-last-90-days"};

  CheckoutBatch batch;
  batch.customers.reserve(kCustomers);
  for (std::size_t i = 0; i < kCustomers; ++i) {
    Customer customer;
    customer.id = static_cast<std::uint32_t>(i);
    const std::string& first = rng.pick(first_names);
    const std::string& last = rng.pick(last_names);
    customer.name = first + " " + last + "-" + rng.pick(last_names);
    std::string local = first + "." + last + "." + std::to_string(rng.between(1, 999));
    for (char& c : local) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    customer.email = local + (rng.chance(0.03) ? (rng.chance(0.5) ? "@northwind-traders.com"
                                                                  : "@northwind-traders.co.uk")
                                               : rng.pick(domains));
    customer.street = std::to_string(rng.between(1, 2999)) + " " + rng.pick(streets);
    customer.city = rng.pick(cities);
    customer.country = rng.pick(countries);
    const auto tag_count = rng.between(1, 4);
    for (std::int64_t t = 0; t < tag_count; ++t) customer.tags.push_back(rng.pick(tags));
    batch.customers.push_back(std::move(customer));
  }
  batch.orders.reserve(orders);
  for (std::size_t i = 0; i < orders; ++i) {
    Order order;
    order.customer = static_cast<std::uint32_t>(rng.between(0, static_cast<std::int64_t>(kCustomers) - 1));
    order.amount_cents = static_cast<std::uint32_t>(rng.between(199, 25'000));
    batch.orders.push_back(order);
  }
  return batch;
}

}  // namespace kata::copy_overuse
