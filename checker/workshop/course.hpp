#pragma once
// Course paths: an ordered list of katas for a day of onboarding or a three-day workshop,
// one file per course in courses/. `kata next` walks the chosen one.
//
// Format (courses/<name>.txt): `# Title` on the first line, `## Section` lines (a day, a
// session), and one kata slug per line; blank lines and text after ` -- ` are ignored.
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "workshop/progress.hpp"

namespace checker::workshop {

struct CourseStep {
  std::string slug;
  std::string section;  // the `## ...` heading it is under, if any
  int line = 0;
};

struct Course {
  std::string name;  // the file name without .txt
  std::string title;
  std::vector<CourseStep> steps;
};

struct CourseError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Parses a course file. Unknown slugs (not in `known_slugs`), repeated slugs and an empty
// course are errors naming file:line.
Course load_course(const std::filesystem::path& file, const std::vector<std::string>& known_slugs);

// Every course in `folder`, by name; malformed ones are listed in `errors`.
std::map<std::string, Course> load_courses(const std::filesystem::path& folder,
                                           const std::vector<std::string>& known_slugs,
                                           std::vector<std::string>& errors);

// The first step the learner has not passed yet; nullopt when the course is done.
std::optional<CourseStep> next_step(const Course& course, const ProgressStore& progress);

}  // namespace checker::workshop
