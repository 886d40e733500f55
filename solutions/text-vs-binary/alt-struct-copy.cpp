// Alternative: copy the fills' memory as it is. Fill is trivially copyable, so the message
// is a count followed by the vector's bytes (40 bytes per fill, padding included), and
// decoding is one memcpy into a vector of the right size. Faster still than the reference,
// but the format is whatever this compiler's layout of Fill is: change the struct, the
// compiler or the architecture on one end only and the other end reads garbage. The
// padding bytes are sent too (harmless here, a leak of stack or heap contents elsewhere).
#include <cstring>
#include <stdexcept>
#include <type_traits>

#include "kata.hpp"

namespace kata::text_vs_binary::solution {

static_assert(std::is_trivially_copyable_v<Fill>);

std::string encode_batch(const std::vector<Fill>& fills) {
  const std::uint64_t count = fills.size();
  std::string message(sizeof count + count * sizeof(Fill), '\0');
  std::memcpy(message.data(), &count, sizeof count);
  if (count > 0) std::memcpy(message.data() + sizeof count, fills.data(), count * sizeof(Fill));
  return message;
}

std::vector<Fill> decode_batch(std::string_view message) {
  std::uint64_t count = 0;
  if (message.size() < sizeof count) throw std::runtime_error("fill batch: truncated");
  std::memcpy(&count, message.data(), sizeof count);
  if (count > message.size() / sizeof(Fill) || message.size() != sizeof count + count * sizeof(Fill))
    throw std::runtime_error("fill batch: size does not match its fill count");
  std::vector<Fill> fills(count);
  if (count > 0) std::memcpy(static_cast<void*>(fills.data()), message.data() + sizeof count, count * sizeof(Fill));
  return fills;
}

}  // namespace kata::text_vs_binary::solution
