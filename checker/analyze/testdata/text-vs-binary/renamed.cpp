// Detector fixture: the baseline's text format with every name changed, written with an
// index loop and `using namespace std`, and read back with getline + std::stoull/stoll
// instead of operator>>. The text-wire-format detector must still fire.
#include <sstream>
#include <stdexcept>

#include "kata.hpp"

namespace kata::text_vs_binary::solution {

using namespace std;

string encode_batch(const vector<Fill>& batch) {
  stringstream wire;
  for (size_t k = 0; k < batch.size(); k++) {
    const Fill& x = batch[k];
    wire << x.fill_id << ',' << x.timestamp_ns << ',' << x.account << ',' << x.instrument << ','
         << (x.side == Side::buy ? 'B' : 'S') << ',' << x.quantity << ',' << x.price << '\n';
  }
  return wire.str();
}

vector<Fill> decode_batch(string_view bytes) {
  vector<Fill> result;
  stringstream wire{string(bytes)};
  string row;
  while (getline(wire, row)) {
    stringstream cells(row);
    string cell[7];
    for (auto& c : cell) getline(cells, c, ',');
    Fill x;
    x.fill_id = stoull(cell[0]);
    x.timestamp_ns = stoll(cell[1]);
    x.account = static_cast<uint32_t>(stoul(cell[2]));
    x.instrument = static_cast<uint32_t>(stoul(cell[3]));
    if (cell[4] != "B" && cell[4] != "S") throw runtime_error("bad side in " + row);
    x.side = cell[4] == "B" ? Side::buy : Side::sell;
    x.quantity = static_cast<uint32_t>(stoul(cell[5]));
    x.price = stoll(cell[6]);
    result.push_back(x);
  }
  return result;
}

}  // namespace kata::text_vs_binary::solution
