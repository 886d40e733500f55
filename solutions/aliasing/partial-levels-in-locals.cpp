// A step, not the fix: the profile's black level and gain are copied into local ints, so
// those two are no longer reloaded per pixel. But the loop still reads the raw pixels
// through frame.pixels[...] and writes through line[x]: the vectors' data pointers are
// struct fields in memory too, and a one-byte store may alias them, so g++ 12 reloads
// frame.pixels' data pointer and clang 14 reloads both after every pixel. A loop whose
// next load or store address is reloaded after each store cannot be vectorised: still
// scalar, one pixel at a time.
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

// Runs once per frame: cold path, left as it was.
const Profile& find_profile(const std::vector<Profile>& profiles, const std::string& grade) {
  for (const Profile& profile : profiles)
    if (lower_case(profile.grade) == lower_case(grade)) return profile;
  throw std::invalid_argument("no calibration profile for grade " + grade);
}

LineStats line_stats(const std::vector<std::uint8_t>& line) {
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
  std::vector<std::uint8_t> line;  // the corrected line, reused for every line
  line.resize(line_width);
  for (std::size_t y = 0; y < frame.lines; ++y) {
    for (std::size_t x = 0; x < line_width; ++x) {
      const std::uint16_t pixel = frame.pixels[y * line_width + x];
      std::uint16_t level = pixel > black_level ? pixel - black_level : 0;
      level = static_cast<std::uint16_t>(level * gain) >> 6;
      line[x] = static_cast<std::uint8_t>(level > 255 ? 255 : level);
    }
    report[y] = line_stats(line);
  }
  return report;
}

}  // namespace kata::aliasing::solution
