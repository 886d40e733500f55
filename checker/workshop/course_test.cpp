#include "workshop/course.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace checker::workshop {
namespace {

namespace fs = std::filesystem;

class Courses : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("kata-courses-" + std::to_string(::getpid()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  fs::path write(const std::string& name, const std::string& text) {
    std::ofstream(folder_ / name) << text;
    return folder_ / name;
  }
  fs::path folder_;
  const std::vector<std::string> known_ = {"string-concat", "top-k", "linked-list"};
};

TEST_F(Courses, ParsesTitleSectionsAndSlugsInOrder) {
  const auto course = load_course(write("day.txt", "# One day\n\n## Morning\nstring-concat -- warm-up\n  top-k\n## Afternoon\nlinked-list\n"), known_);
  EXPECT_EQ(course.name, "day");
  EXPECT_EQ(course.title, "One day");
  ASSERT_EQ(course.steps.size(), 3u);
  EXPECT_EQ(course.steps[0].slug, "string-concat");
  EXPECT_EQ(course.steps[0].section, "Morning");
  EXPECT_EQ(course.steps[1].slug, "top-k");
  EXPECT_EQ(course.steps[2].section, "Afternoon");
  EXPECT_EQ(course.steps[2].line, 7);
}

TEST_F(Courses, MistakesNameTheFileAndLine) {
  const auto message = [&](const std::string& text) {
    try {
      load_course(write("bad.txt", text), known_);
    } catch (const CourseError& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message("# T\nstring-concat\ntop-kk\n").find("bad.txt:3: 'top-kk' is not a kata"), std::string::npos);
  EXPECT_NE(message("# T\ntop-k\ntop-k\n").find("bad.txt:3: 'top-k' is already in this course"), std::string::npos);
  EXPECT_NE(message("# T\n## only a section\n").find("lists no katas"), std::string::npos);
  EXPECT_NE(message("# T\n# U\ntop-k\n").find("bad.txt:2: a second title"), std::string::npos);
}

TEST_F(Courses, LoadCoursesKeepsTheGoodOnesAndReportsTheBadOnes) {
  write("good.txt", "# Good\ntop-k\n");
  write("bad.txt", "# Bad\nnope\n");
  write("notes.md", "not a course");
  std::vector<std::string> errors;
  const auto courses = load_courses(folder_, known_, errors);
  EXPECT_EQ(courses.size(), 1u);
  EXPECT_TRUE(courses.contains("good"));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("bad.txt:2"), std::string::npos);
}

TEST_F(Courses, NextIsTheFirstKataNotPassed) {
  const auto course = load_course(write("day.txt", "# Day\nstring-concat\ntop-k\nlinked-list\n"), known_);
  ProgressStore progress(folder_ / "progress.json");
  progress.load();
  EXPECT_EQ(next_step(course, progress)->slug, "string-concat");
  progress.kata("string-concat").status = "pass";
  progress.kata("top-k").status = "not_yet";
  EXPECT_EQ(next_step(course, progress)->slug, "top-k");
  progress.kata("top-k").status = "pass";
  progress.kata("linked-list").status = "pass";
  EXPECT_FALSE(next_step(course, progress).has_value());
}

// The courses the suite ships name only katas that exist.
TEST(ShippedCourses, AreValid) {
  std::vector<std::string> slugs;
  for (const auto& entry : fs::directory_iterator(fs::path(KATA_SOURCE_DIR) / "katas"))
    if (fs::exists(entry.path() / "kata.json")) slugs.push_back(entry.path().filename().string());
  std::vector<std::string> errors;
  const auto courses = load_courses(fs::path(KATA_SOURCE_DIR) / "courses", slugs, errors);
  EXPECT_TRUE(errors.empty()) << errors.front();
  EXPECT_GE(courses.size(), 2u);
}

}  // namespace
}  // namespace checker::workshop
