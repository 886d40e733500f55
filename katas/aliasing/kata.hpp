#pragma once
// aliasing: the interface the baseline and your solution share. Do not edit: the checker
// builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kata/random.hpp"

namespace kata::aliasing {

// The inspection line's cameras are line-scan sensors 4096 pixels wide: every line of a
// frame has this many 8-bit pixels.
inline constexpr std::size_t line_width = 4096;

// One paper grade's calibration: how the camera's raw 8-bit levels map to the levels the
// defect detector expects. Measured when the grade is set up on the machine.
struct Profile {
  std::string grade;         // e.g. "coated-fine-paper-90gsm"; matched case-insensitively
  std::uint8_t black_level;  // the sensor's dark level, subtracted first
  std::uint8_t gain;         // then multiplied by gain / 64 (64 is 1.0)
};

// A frame as the camera delivers it: `lines` lines of `line_width` pixels, line after line
// (pixels.size() == lines * line_width), and the grade the machine was making.
struct Frame {
  std::string grade;
  std::size_t lines = 0;
  std::vector<std::uint8_t> pixels;
};

// What the detector reports for one corrected line: the sum of its corrected levels (the
// exposure monitor's brightness) and its darkest corrected level (a spot, a hole's shadow).
struct LineStats {
  std::uint32_t level_sum = 0;
  std::uint8_t darkest = 255;
  friend bool operator==(const LineStats&, const LineStats&) = default;
};

// One call's input: the camera's calibration table and the frame to correct.
struct Capture {
  std::vector<Profile> profiles;
  Frame frame;
};

// Inspects the frame line by line with the profile of its grade (found case-insensitively;
// throws std::invalid_argument when the table has none). Each raw pixel p is corrected to
//   level = min(max(p - black_level, 0) * gain / 64, 255)
// in 16-bit unsigned fixed point, as the camera's FPGA does it (max(...) * gain >> 6: 255 * 255
// fits in 16 bits, and the shift truncates like the division), and each line's LineStats are taken over its
// corrected levels: their sum and their minimum. Returns one LineStats per line, in order.
namespace baseline {
std::vector<LineStats> inspect_frame(const Capture& capture);
}
namespace solution {
std::vector<LineStats> inspect_frame(const Capture& capture);
}

// The inputs the tests and the benchmark use: a calibration table of 12 grades and a frame
// of `lines` lines drawn from `seed`: a paper web at 110-170 with sensor noise and a slow
// shading across the line, darker streaks and spots (print, dirt, holes at 0), and now and
// then a glint that saturates. Black levels 6-18, gains 70-100 (1.09-1.56): a few percent
// of the pixels clip at 0 or 255.
inline Capture make_capture(std::size_t lines, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  Capture capture;
  static const char* const grades[] = {
      "newsprint-standard-45gsm",  "coated-fine-paper-90gsm", "uncoated-offset-80gsm",
      "lightweight-coated-60gsm",  "kraft-liner-brown-125gsm", "testliner-recycled-140gsm",
      "sack-kraft-bleached-70gsm", "tissue-base-creped-18gsm", "coated-board-white-230gsm",
      "label-paper-gloss-75gsm",   "book-paper-cream-70gsm",   "security-paper-watermark-95gsm"};
  for (const char* grade : grades)
    capture.profiles.push_back(Profile{grade, static_cast<std::uint8_t>(rng.between(6, 18)),
                                       static_cast<std::uint8_t>(rng.between(70, 100))});
  // The machine's control system reports the grade in upper case, as the operators type it.
  std::string grade = rng.pick(std::vector<std::string>(std::begin(grades), std::end(grades)));
  for (char& c : grade)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  capture.frame.grade = grade;
  capture.frame.lines = lines;
  capture.frame.pixels.resize(lines * line_width);

  const auto web = static_cast<int>(rng.between(110, 170));
  for (std::size_t y = 0; y < lines; ++y) {
    std::uint8_t* line = capture.frame.pixels.data() + y * line_width;
    for (std::size_t x = 0; x < line_width; ++x) {
      const int shading = static_cast<int>((x * 24) / line_width) - 12;  // lens fall-off
      const int noise = static_cast<int>(rng.next() % 17) - 8;
      line[x] = static_cast<std::uint8_t>(web + shading + noise);
    }
    if (rng.chance(0.3)) {  // a printed or dirty streak across part of the line
      const std::size_t from = rng.next() % line_width;
      const std::size_t length = 16 + rng.next() % 600;
      const auto level = static_cast<std::uint8_t>(rng.between(0, 90));
      for (std::size_t x = from; x < from + length && x < line_width; ++x) line[x] = level;
    }
    if (rng.chance(0.05)) {  // a glint: saturated for a few pixels
      const std::size_t from = rng.next() % line_width;
      for (std::size_t x = from; x < from + 24 && x < line_width; ++x) line[x] = 255;
    }
  }
  return capture;
}

}  // namespace kata::aliasing
