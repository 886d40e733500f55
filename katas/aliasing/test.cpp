// Correctness: the solution must report exactly the baseline's statistics for every line,
// including lines with clipped pixels at both ends, and must pick the same profile.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <stdexcept>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::aliasing {
namespace {

using Report = std::vector<LineStats>;

// Succeeds when the reports are equal; otherwise names the first line that differs.
::testing::AssertionResult same_report(const Report& expected, const Report& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::ostringstream message;
  if (expected.size() != actual.size()) {
    message << "line counts differ: baseline " << expected.size() << ", solution "
            << actual.size();
    return ::testing::AssertionFailure() << message.str();
  }
  for (std::size_t y = 0; y < expected.size(); ++y) {
    if (!(expected[y] == actual[y])) {
      message << "line " << y << " differs: baseline sum " << expected[y].level_sum
              << ", darkest " << int{expected[y].darkest} << "; solution sum "
              << actual[y].level_sum << ", darkest " << int{actual[y].darkest};
      return ::testing::AssertionFailure() << message.str();
    }
  }
  return ::testing::AssertionFailure() << "reports differ";
}

void expect_same_as_baseline(const Capture& capture) {
  EXPECT_TRUE(same_report(baseline::inspect_frame(capture), solution::inspect_frame(capture)));
}

int corrected(int pixel, const Profile& profile) {
  return std::min(std::max(pixel - profile.black_level, 0) * profile.gain / 64, 255);
}

// The statistics of one line, straight from the interface's formula.
LineStats expected_stats(const Capture& capture, std::size_t y, const Profile& profile) {
  LineStats stats;
  for (std::size_t x = 0; x < line_width; ++x) {
    const int level = corrected(capture.frame.pixels[y * line_width + x], profile);
    stats.level_sum += static_cast<std::uint32_t>(level);
    stats.darkest = std::min(stats.darkest, static_cast<std::uint8_t>(level));
  }
  return stats;
}

// One profile, and a frame whose every line holds every pixel value 16 times (x % 256,
// shifted by the line number so that lines differ).
Capture every_value(std::uint8_t black_level, std::uint8_t gain, std::size_t lines = 3) {
  Capture capture;
  capture.profiles.push_back(Profile{"test-grade-plain-80gsm", black_level, gain});
  capture.frame.grade = "test-grade-plain-80gsm";
  capture.frame.lines = lines;
  capture.frame.pixels.resize(lines * line_width);
  for (std::size_t i = 0; i < capture.frame.pixels.size(); ++i)
    capture.frame.pixels[i] = static_cast<std::uint8_t>(i + i / line_width);
  return capture;
}

// One line of `line_width` pixels, all `value`.
Capture flat_line(const Profile& profile, std::uint8_t value) {
  Capture capture;
  capture.profiles.push_back(profile);
  capture.frame.grade = profile.grade;
  capture.frame.lines = 1;
  capture.frame.pixels.assign(line_width, value);
  return capture;
}

TEST(Aliasing, MatchesBaselineOnGeneratedFrames) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t lines : {1u, 2u, 3u, 17u, 64u, 256u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, lines));
      expect_same_as_baseline(make_capture(lines, seed));
    }
  }
}

TEST(Aliasing, FlatLinesByHand) {
  // Black level 10, gain 96/64 = 1.5; each line is one value throughout.
  const Profile profile{"test-grade-plain-80gsm", 10, 96};
  struct Case {
    std::uint8_t raw;
    std::uint32_t level;  // the corrected level of every pixel
  };
  for (const Case& c : {Case{0, 0},      // below the black level: clipped to 0
                        Case{9, 0},      // (9 - 10) * 1.5 = -1.5: clipped to 0
                        Case{10, 0},     // at the black level
                        Case{11, 1},     // 1.5, truncated
                        Case{43, 49},    // 49.5, truncated
                        Case{44, 51},
                        Case{180, 255},  // 170 * 1.5 = 255 exactly
                        Case{181, 255},  // 256.5: clipped to 255
                        Case{255, 255}}) {
    SCOPED_TRACE("raw " + std::to_string(c.raw));
    const Capture capture = flat_line(profile, c.raw);
    const Report report = solution::inspect_frame(capture);
    ASSERT_EQ(report.size(), 1u);
    EXPECT_EQ(report[0].level_sum, c.level * line_width);
    EXPECT_EQ(report[0].darkest, c.level);
    expect_same_as_baseline(capture);
  }
}

TEST(Aliasing, EveryPixelValueWithExtremeLevels) {
  // Dark pixels below the black level, bright ones that clip, gains that zero the line or
  // multiply by almost 4: every value 0-255 through each.
  for (int black_level : {0, 1, 16, 127, 254, 255}) {
    for (int gain : {0, 1, 63, 64, 65, 100, 128, 255}) {
      SCOPED_TRACE("black level " + std::to_string(black_level) + ", gain " +
                   std::to_string(gain));
      const Capture capture =
          every_value(static_cast<std::uint8_t>(black_level), static_cast<std::uint8_t>(gain));
      const Report report = solution::inspect_frame(capture);
      ASSERT_EQ(report.size(), capture.frame.lines);
      for (std::size_t y = 0; y < report.size(); ++y)
        EXPECT_EQ(report[y], expected_stats(capture, y, capture.profiles[0])) << "line " << y;
      expect_same_as_baseline(capture);
    }
  }
}

TEST(Aliasing, GeneratedFrameAgainstTheFormula) {
  const Capture capture = make_capture(8, 2024);
  const Report report = solution::inspect_frame(capture);
  ASSERT_EQ(report.size(), 8u);
  const std::string& grade = capture.frame.grade;
  const auto profile = std::find_if(capture.profiles.begin(), capture.profiles.end(),
                                    [&](const Profile& p) {
                                      return p.grade.size() == grade.size() &&
                                             std::equal(p.grade.begin(), p.grade.end(), grade.begin(),
                                                        [](char a, char b) {
                                                          return std::tolower(static_cast<unsigned char>(a)) ==
                                                                 std::tolower(static_cast<unsigned char>(b));
                                                        });
                                    });
  ASSERT_NE(profile, capture.profiles.end());
  for (std::size_t y = 0; y < report.size(); ++y)
    EXPECT_EQ(report[y], expected_stats(capture, y, *profile)) << "line " << y;
}

TEST(Aliasing, EmptyFrame) {
  const Capture capture = make_capture(0, 7);
  EXPECT_TRUE(solution::inspect_frame(capture).empty());
  expect_same_as_baseline(capture);
}

TEST(Aliasing, GradeChoosesTheProfileInAnyCase) {
  // Every profile of the table in turn, the grade spelled three ways: each must be used.
  Capture capture = make_capture(2, 11);
  for (const Profile& profile : capture.profiles) {
    for (int spelling = 0; spelling < 3; ++spelling) {
      std::string grade = profile.grade;
      for (std::size_t i = 0; i < grade.size(); ++i) {
        const bool upper = spelling == 1 || (spelling == 2 && i % 2 == 0);
        if (upper && grade[i] >= 'a' && grade[i] <= 'z')
          grade[i] = static_cast<char>(grade[i] - 'a' + 'A');
      }
      SCOPED_TRACE("grade " + grade);
      capture.frame.grade = grade;
      const Report report = solution::inspect_frame(capture);
      ASSERT_EQ(report.size(), 2u);
      EXPECT_EQ(report[1], expected_stats(capture, 1, profile));
      expect_same_as_baseline(capture);
    }
  }
}

TEST(Aliasing, FirstMatchingProfileWins) {
  // Two entries for the same grade (an old calibration left in the table): the first one.
  Capture capture = every_value(20, 80, 2);
  const Profile first = capture.profiles[0];
  capture.profiles.push_back(Profile{"TEST-GRADE-PLAIN-80GSM", 0, 255});
  const Report report = solution::inspect_frame(capture);
  ASSERT_EQ(report.size(), 2u);
  EXPECT_EQ(report[0], expected_stats(capture, 0, first));
  expect_same_as_baseline(capture);
}

TEST(Aliasing, UnknownGradeThrows) {
  Capture capture = make_capture(2, 5);
  capture.frame.grade = "no-such-grade-on-this-machine";
  EXPECT_THROW(baseline::inspect_frame(capture), std::invalid_argument);
  EXPECT_THROW(solution::inspect_frame(capture), std::invalid_argument);
}

}  // namespace
}  // namespace kata::aliasing
