// The fill queue's message as it was first written: a line of text per fill, through string
// streams. Never edited: the checker measures your solution against it.
#include <sstream>
#include <stdexcept>

#include "kata.hpp"

namespace kata::text_vs_binary::baseline {

// One fill per line: fill_id,timestamp_ns,account,instrument,B|S,quantity,price
std::string encode_batch(const std::vector<Fill>& fills) {
  std::ostringstream out;
  for (const Fill& fill : fills) {
    out << fill.fill_id << ',' << fill.timestamp_ns << ',' << fill.account << ',' << fill.instrument << ','
        << (fill.side == Side::buy ? 'B' : 'S') << ',' << fill.quantity << ',' << fill.price << '\n';
  }
  return out.str();
}

std::vector<Fill> decode_batch(std::string_view message) {
  std::vector<Fill> fills;
  std::istringstream in{std::string(message)};
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    Fill fill;
    char side = 0;
    char comma[6] = {};
    fields >> fill.fill_id >> comma[0] >> fill.timestamp_ns >> comma[1] >> fill.account >> comma[2] >>
        fill.instrument >> comma[3] >> side >> comma[4] >> fill.quantity >> comma[5] >> fill.price;
    if (!fields || (side != 'B' && side != 'S') ||
        std::string_view(comma, sizeof comma) != std::string_view(",,,,,,"))
      throw std::runtime_error("malformed fill: " + line);
    fill.side = side == 'B' ? Side::buy : Side::sell;
    fills.push_back(fill);
  }
  return fills;
}

}  // namespace kata::text_vs_binary::baseline
