#include "workshop/course.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <set>

namespace checker::workshop {

namespace fs = std::filesystem;

namespace {

std::string trimmed(std::string text) {
  if (const auto comment = text.find(" -- "); comment != std::string::npos) text.erase(comment);
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

}  // namespace

Course load_course(const fs::path& file, const std::vector<std::string>& known_slugs) {
  std::ifstream in(file);
  if (!in) throw CourseError(fmt::format("{}: cannot read the course file", file.string()));
  Course course;
  course.name = file.stem().string();
  std::string raw, section;
  std::set<std::string> seen;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    const std::string line = trimmed(raw);
    if (line.empty()) continue;
    if (line.starts_with("## ")) {
      section = trimmed(line.substr(3));
      continue;
    }
    if (line.starts_with("# ")) {
      if (!course.title.empty())
        throw CourseError(fmt::format("{}:{}: a second title (`# ...`); sections are `## ...`", file.string(), number));
      course.title = trimmed(line.substr(2));
      continue;
    }
    if (std::find(known_slugs.begin(), known_slugs.end(), line) == known_slugs.end())
      throw CourseError(fmt::format("{}:{}: '{}' is not a kata of this suite (see `kata list`)", file.string(), number, line));
    if (!seen.insert(line).second)
      throw CourseError(fmt::format("{}:{}: '{}' is already in this course", file.string(), number, line));
    course.steps.push_back({line, section, number});
  }
  if (course.steps.empty()) throw CourseError(fmt::format("{}: the course lists no katas", file.string()));
  if (course.title.empty()) course.title = course.name;
  return course;
}

std::map<std::string, Course> load_courses(const fs::path& folder, const std::vector<std::string>& known_slugs,
                                           std::vector<std::string>& errors) {
  std::map<std::string, Course> courses;
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(folder, ignored)) {
    if (entry.path().extension() != ".txt") continue;
    try {
      auto course = load_course(entry.path(), known_slugs);
      courses.emplace(course.name, std::move(course));
    } catch (const CourseError& error) {
      errors.push_back(error.what());
    }
  }
  return courses;
}

std::optional<CourseStep> next_step(const Course& course, const ProgressStore& progress) {
  for (const auto& step : course.steps) {
    const auto found = progress.katas().find(step.slug);
    if (found == progress.katas().end() || found->second.status != "pass") return step;
  }
  return std::nullopt;
}

}  // namespace checker::workshop
