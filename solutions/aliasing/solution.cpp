// Reference: copy what the pixel loop needs out of the structs into locals once per frame,
// and give the per-line correction plain __restrict pointers. In the baseline every
// corrected pixel is written with a one-byte store, and a char-sized store may alias any
// object: as far as the compiler can prove, writing line[x] could change the profile's
// black level or gain, or the data pointer inside frame.pixels (and, for clang, the line
// buffer's own pointer, which went to an out-of-line resize). So g++ 12 and clang 14 reload
// them from memory after every pixel and cannot vectorise the loop. Here the levels are
// ints in registers, the two pointers are __restrict (the line buffer overlaps nothing the
// loop reads) and the trip count is the constexpr line width (4096 = 256 x 16): both
// compilers vectorise the correction, 16 pixels per iteration. The arithmetic is the
// baseline's, in int, so every level and every statistic is identical.
#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "kata.hpp"

namespace kata::aliasing::solution {

namespace {

std::string lower_case(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The control system and the operators spell grades in any case. Runs once per frame: a
// dozen short string copies against millions of pixels. Cold path, left as it was.
const Profile& find_profile(const std::vector<Profile>& profiles, const std::string& grade) {
  for (const Profile& profile : profiles)
    if (lower_case(profile.grade) == lower_case(grade)) return profile;
  throw std::invalid_argument("no calibration profile for grade " + grade);
}

void correct_line(const std::uint8_t* __restrict raw, std::uint8_t* __restrict line,
                  std::uint16_t black_level, std::uint16_t gain) {
  for (std::size_t x = 0; x < line_width; ++x) {
    const std::uint16_t pixel = raw[x];
    std::uint16_t level = pixel > black_level ? pixel - black_level : 0;
    level = static_cast<std::uint16_t>(level * gain) >> 6;
    line[x] = static_cast<std::uint8_t>(level > 255 ? 255 : level);
  }
}

// Only loads: nothing to alias, both compilers vectorise it as it was.
LineStats line_stats(const std::uint8_t* line) {
  std::uint32_t sum = 0;
  std::uint8_t darkest = 255;
  for (std::size_t x = 0; x < line_width; ++x) {
    sum += line[x];
    darkest = std::min(darkest, line[x]);
  }
  return LineStats{sum, darkest};
}

}  // namespace

std::vector<LineStats> inspect_frame(const Capture& capture) {
  const Frame& frame = capture.frame;
  const Profile& profile = find_profile(capture.profiles, frame.grade);
  const std::uint16_t black_level = profile.black_level;
  const std::uint16_t gain = profile.gain;
  std::vector<LineStats> report(frame.lines);
  std::vector<std::uint8_t> line(line_width);
  const std::uint8_t* raw = frame.pixels.data();
  for (std::size_t y = 0; y < frame.lines; ++y) {
    correct_line(raw + y * line_width, line.data(), black_level, gain);
    report[y] = line_stats(line.data());
  }
  return report;
}

}  // namespace kata::aliasing::solution
