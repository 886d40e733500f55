// Reference: a fixed-layout binary message. A 12-byte header (magic, fill count), then 37
// bytes per fill, each field copied as it is in memory (memcpy of 8, 4 or 1 bytes). The
// text format turned every number into digits and back: ~20 digits for a timestamp, a
// locale-aware stream operation per field, a fresh istringstream (and a copy of the line)
// per fill. Here a fill is seven fixed-size copies each way, the message has a known size
// up front (one allocation, no growing), and decoding needs no search for separators: the
// n-th fill is at 12 + 37 n.
#include <bit>
#include <cstring>
#include <stdexcept>

#include "kata.hpp"

namespace kata::text_vs_binary::solution {

namespace {

// Both ends of the queue run on the same (little-endian) machines; a format that crosses
// architectures would fix the byte order explicitly.
static_assert(std::endian::native == std::endian::little, "the message is little-endian");

constexpr std::uint32_t kMagic = 0x314c4946;  // "FIL1": the format and its version
constexpr std::size_t kHeaderSize = 4 + 8;
constexpr std::size_t kFillSize = 8 + 8 + 4 + 4 + 1 + 4 + 8;

template <class T>
char* put(char* out, T value) {
  std::memcpy(out, &value, sizeof value);
  return out + sizeof value;
}

template <class T>
const char* get(const char* in, T& value) {
  std::memcpy(&value, in, sizeof value);
  return in + sizeof value;
}

}  // namespace

std::string encode_batch(const std::vector<Fill>& fills) {
  std::string message(kHeaderSize + fills.size() * kFillSize, '\0');
  char* out = message.data();
  out = put(out, kMagic);
  out = put(out, static_cast<std::uint64_t>(fills.size()));
  for (const Fill& fill : fills) {
    out = put(out, fill.fill_id);
    out = put(out, fill.timestamp_ns);
    out = put(out, fill.account);
    out = put(out, fill.instrument);
    out = put(out, static_cast<std::uint8_t>(fill.side));
    out = put(out, fill.quantity);
    out = put(out, fill.price);
  }
  return message;
}

std::vector<Fill> decode_batch(std::string_view message) {
  std::uint32_t magic = 0;
  std::uint64_t count = 0;
  if (message.size() < kHeaderSize) throw std::runtime_error("fill batch: truncated header");
  const char* in = get(get(message.data(), magic), count);
  if (magic != kMagic) throw std::runtime_error("fill batch: unknown format");
  if (count > (message.size() - kHeaderSize) / kFillSize || message.size() != kHeaderSize + count * kFillSize)
    throw std::runtime_error("fill batch: size does not match its fill count");

  std::vector<Fill> fills(count);
  for (Fill& fill : fills) {
    std::uint8_t side = 0;
    in = get(in, fill.fill_id);
    in = get(in, fill.timestamp_ns);
    in = get(in, fill.account);
    in = get(in, fill.instrument);
    in = get(in, side);
    in = get(in, fill.quantity);
    in = get(in, fill.price);
    if (side > static_cast<std::uint8_t>(Side::sell)) throw std::runtime_error("fill batch: bad side");
    fill.side = static_cast<Side>(side);
  }
  return fills;
}

}  // namespace kata::text_vs_binary::solution
