// Detector fixture: the baseline's byte loop with other names and shapes: a while loop in
// a helper, the profile reached through a pointer (cal->gain), the raw pixels through a
// reference to the frame, the corrected line written with .at() into a buffer passed by
// reference, the clamps spelled with std::clamp. The detector must still fire.
#include <algorithm>
#include <stdexcept>
#include <strings.h>

#include "kata.hpp"

namespace kata::aliasing::solution {

namespace {

const Profile* lookup(const std::vector<Profile>& table, const std::string& name) {
  for (const Profile& entry : table)
    if (strcasecmp(entry.grade.c_str(), name.c_str()) == 0) return &entry;
  return nullptr;
}

void fix_up(const Frame& src, std::size_t row, const Profile* cal, std::vector<unsigned char>& buf) {
  std::size_t n = 0;
  while (n < line_width) {
    const int v = (src.pixels[row * line_width + n] - cal->black_level) * cal->gain / 64;
    buf.at(n) = static_cast<unsigned char>(std::clamp(v, 0, 255));
    ++n;
  }
}

}  // namespace

std::vector<LineStats> inspect_frame(const Capture& c) {
  const Profile* cal = lookup(c.profiles, c.frame.grade);
  if (cal == nullptr) throw std::invalid_argument("no calibration profile for grade " + c.frame.grade);
  std::vector<LineStats> out;
  std::vector<unsigned char> buf(line_width);
  for (std::size_t row = 0; row < c.frame.lines; ++row) {
    fix_up(c.frame, row, cal, buf);
    LineStats s;
    for (unsigned char v : buf) {
      s.level_sum += v;
      s.darkest = std::min<std::uint8_t>(s.darkest, v);
    }
    out.push_back(s);
  }
  return out;
}

}  // namespace kata::aliasing::solution
