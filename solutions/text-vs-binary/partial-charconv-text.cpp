// A step in the right direction that stops halfway: keep the text format (the same lines,
// byte for byte) but drop the string streams. Numbers are written with std::to_chars into a
// string sized once, and read back with std::from_chars straight from the message: no
// stream per line, no copy of each line, no locale. Several times faster than the
// baseline -- and still far from binary, because every number is still turned into up to
// 20 digits and back, one digit at a time.
#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <string>

#include "kata.hpp"

namespace kata::text_vs_binary::solution {

namespace {

constexpr std::size_t kMaxLineSize = 20 + 20 + 10 + 10 + 1 + 10 + 20 + 7;

template <class T>
char* put(char* out, T value, char separator) {
  out = std::to_chars(out, out + 20, value).ptr;
  *out++ = separator;
  return out;
}

template <class T>
const char* get(const char* in, const char* end, T& value, char separator) {
  const auto [next, error] = std::from_chars(in, end, value);
  if (error != std::errc() || next == end || *next != separator)
    throw std::runtime_error("malformed fill near: " + std::string(in, std::min(static_cast<std::size_t>(end - in), std::size_t{40})));
  return next + 1;
}

}  // namespace

std::string encode_batch(const std::vector<Fill>& fills) {
  std::string message(fills.size() * kMaxLineSize, '\0');
  char* out = message.data();
  for (const Fill& fill : fills) {
    out = put(out, fill.fill_id, ',');
    out = put(out, fill.timestamp_ns, ',');
    out = put(out, fill.account, ',');
    out = put(out, fill.instrument, ',');
    *out++ = fill.side == Side::buy ? 'B' : 'S';
    *out++ = ',';
    out = put(out, fill.quantity, ',');
    out = put(out, fill.price, '\n');
  }
  message.resize(static_cast<std::size_t>(out - message.data()));
  return message;
}

std::vector<Fill> decode_batch(std::string_view message) {
  std::vector<Fill> fills;
  fills.reserve(message.size() / 48);
  const char* in = message.data();
  const char* const end = in + message.size();
  while (in != end) {
    Fill fill;
    in = get(in, end, fill.fill_id, ',');
    in = get(in, end, fill.timestamp_ns, ',');
    in = get(in, end, fill.account, ',');
    in = get(in, end, fill.instrument, ',');
    if (end - in < 2 || (in[0] != 'B' && in[0] != 'S') || in[1] != ',')
      throw std::runtime_error("malformed fill: bad side");
    fill.side = in[0] == 'B' ? Side::buy : Side::sell;
    in += 2;
    in = get(in, end, fill.quantity, ',');
    in = get(in, end, fill.price, '\n');
    fills.push_back(fill);
  }
  return fills;
}

}  // namespace kata::text_vs_binary::solution
