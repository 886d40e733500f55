#pragma once
// Seeded input generators shared by every kata: the same seed gives the same input on
// every machine and compiler, so a failing test names a seed that reproduces it.
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace kata::random {

// A small, fast, reproducible generator (std::mt19937_64 is reproducible too, but the
// distributions in <random> are not specified bit-for-bit across standard libraries).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {  // splitmix64
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  // Uniform in [low, high], both inclusive.
  std::int64_t between(std::int64_t low, std::int64_t high) {
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<std::int64_t>(next() % span);
  }

  // Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  bool chance(double probability) { return unit() < probability; }

  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(next() % items.size())];
  }

 private:
  std::uint64_t state_;
};

// Lower-case letters, length drawn from [min_length, max_length].
inline std::string word(Rng& rng, std::size_t min_length, std::size_t max_length) {
  const auto length = static_cast<std::size_t>(
      rng.between(static_cast<std::int64_t>(min_length), static_cast<std::int64_t>(max_length)));
  std::string text(length, ' ');
  for (char& c : text) c = static_cast<char>('a' + rng.next() % 26);
  return text;
}

// Mixes a base seed with a stream index so that neighbouring inputs are unrelated.
inline std::uint64_t derive_seed(std::uint64_t base, std::uint64_t stream) {
  Rng mixer(base ^ (stream * 0xd1342543de82ef95ULL));
  return mixer.next();
}

}  // namespace kata::random
