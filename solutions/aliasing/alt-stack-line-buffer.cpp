#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>

#include "kata.hpp"

namespace kata::aliasing::solution {

namespace {

std::string lower_case(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Runs once per frame: cold path, left as it was.
const Profile& find_profile(const std::vector<Profile>& profiles, const std::string& grade) {
  for (const Profile& profile : profiles)
    if (lower_case(profile.grade) == lower_case(grade)) return profile;
  throw std::invalid_argument("no calibration profile for grade " + grade);
}

}  // namespace

std::vector<LineStats> inspect_frame(const Capture& capture) {
  const Frame& frame = capture.frame;
  const Profile& profile = find_profile(capture.profiles, frame.grade);
  const std::uint16_t black_level = profile.black_level;
  const std::uint16_t gain = profile.gain;
  std::vector<LineStats> report(frame.lines);
  std::array<std::uint8_t, line_width> line;
  const std::uint8_t* raw = frame.pixels.data();
  for (std::size_t y = 0; y < frame.lines; ++y, raw += line_width) {
    for (std::size_t x = 0; x < line_width; ++x) {
      const std::uint16_t pixel = raw[x];
      std::uint16_t level = pixel > black_level ? pixel - black_level : 0;
      level = static_cast<std::uint16_t>(level * gain) >> 6;
      line[x] = static_cast<std::uint8_t>(level > 255 ? 255 : level);
    }
    std::uint32_t sum = 0;
    std::uint8_t darkest = 255;
    for (const std::uint8_t level : line) {
      sum += level;
      darkest = std::min(darkest, level);
    }
    report[y] = LineStats{sum, darkest};
  }
  return report;
}

}  // namespace kata::aliasing::solution
