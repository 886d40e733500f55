// kata next [--course NAME]: the next kata of the chosen course path (courses/*.txt).
#include <fmt/format.h>

#include <algorithm>

#include "cli/context.hpp"
#include "workshop/course.hpp"

namespace checker::cli {

void add_next_command(CLI::App& app, Context& context) {
  auto course_name = std::make_shared<std::string>();
  auto* command = app.add_subcommand("next", "The next kata of your course path (choose one with --course)");
  command->add_option("--course", *course_name, "Follow this course from now on (a file name in courses/)");
  command->callback([&context, course_name] {
    std::vector<std::string> slugs, errors;
    for (const auto& kata : context.catalogue().katas) slugs.push_back(kata.slug);
    const auto courses = workshop::load_courses(context.workspace().repo_root / "courses", slugs, errors);
    for (const auto& error : errors) fmt::print(stderr, "kata: warning: {}\n", error);
    auto& progress = context.progress();
    std::string chosen = course_name->empty() ? progress.course() : *course_name;
    std::string names;
    for (const auto& [name, course] : courses) names += fmt::format("\n  {:<16} {} ({} katas)", name, course.title, course.steps.size());
    if (chosen.empty())
      throw UsageError("choose a course first, e.g. `kata next --course " +
                       (courses.empty() ? std::string("NAME") : courses.begin()->first) + "`:" + names);
    const auto found = courses.find(chosen);
    if (found == courses.end()) throw UsageError(fmt::format("there is no course '{}'; the courses are:{}", chosen, names));
    if (chosen != progress.course()) {
      progress.set_course(chosen);
      progress.save();
    }
    const auto& course = found->second;
    const auto step = workshop::next_step(course, progress);
    if (!step) {
      fmt::print("{}: all {} katas passed. `kata progress` shows your record.\n", course.title, course.steps.size());
      return;
    }
    const auto& kata = context.kata(step->slug);
    const auto position = std::find_if(course.steps.begin(), course.steps.end(),
                                       [&](const auto& s) { return s.slug == step->slug; }) - course.steps.begin();
    fmt::print("{} — kata {} of {}{}\n\n  {}: {}\n  {}\n\n", course.title, position + 1, course.steps.size(),
               step->section.empty() ? "" : " (" + step->section + ")", kata.slug, kata.title, kata.summary);
    fmt::print("  read:   katas/{}/README.md  (or `kata show {}`)\n  edit:   katas/{}/solution.cpp\n  check:  kata check {}\n",
               kata.slug, kata.slug, kata.slug, kata.slug);
  });
}

}  // namespace checker::cli
