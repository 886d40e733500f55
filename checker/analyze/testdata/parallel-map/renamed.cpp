// Detector fixture: the baseline's serial map with other names and loop shapes -- one
// fused pass, a range-for over the positions with its own counter for the value, a while
// loop for the greeks, results gathered by push_back. The serial-map detector must still
// fire.
#include "kata.hpp"

namespace kata::parallel_map::solution {

std::vector<Valuation> value_book(const Book& input) {
  std::vector<Valuation> out;
  out.reserve(input.positions.size());
  for (const OptionPosition& pos : input.positions) {
    Valuation v;
    v.value = call_value(pos);
    out.push_back(v);
  }
  std::size_t k = 0;
  while (k != out.size()) {
    out[k].greeks = call_greeks(input.positions[k], out[k].value);
    k += 1;
  }
  return out;
}

}  // namespace kata::parallel_map::solution
