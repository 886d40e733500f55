// The line inspection as first written: find the grade's profile, then for every line
// correct each pixel into a line buffer and hand the corrected line to the detector's
// statistics. Never edited: the checker measures yours against it.
#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "kata.hpp"

namespace kata::aliasing::baseline {

namespace {

std::string lower_case(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The control system and the operators spell grades in any case. Runs once per frame.
const Profile& find_profile(const std::vector<Profile>& profiles, const std::string& grade) {
  for (const Profile& profile : profiles)
    if (lower_case(profile.grade) == lower_case(grade)) return profile;
  throw std::invalid_argument("no calibration profile for grade " + grade);
}

// The detector's statistics of one corrected line.
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
  std::vector<LineStats> report(frame.lines);
  std::vector<std::uint8_t> line;  // the corrected line, reused for every line
  line.resize(line_width);
  for (std::size_t y = 0; y < frame.lines; ++y) {
    for (std::size_t x = 0; x < line_width; ++x) {
      // 16-bit fixed point, as the camera's FPGA computes it (255 * 255 fits).
      const std::uint16_t raw = frame.pixels[y * line_width + x];
      std::uint16_t level = raw > profile.black_level ? raw - profile.black_level : 0;
      level = static_cast<std::uint16_t>(level * profile.gain) >> 6;
      line[x] = static_cast<std::uint8_t>(level > 255 ? 255 : level);
    }
    report[y] = line_stats(line);
  }
  return report;
}

}  // namespace kata::aliasing::baseline
