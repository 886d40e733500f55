// kata show <slug>: the kata's story and task (its README), and where its files are.
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "cli/context.hpp"
#include "report/evidence.hpp"

namespace checker::cli {

void add_show_command(CLI::App& app, Context& context) {
  struct Options {
    std::string slug;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("show", "Show a kata's story and task");
  command->add_option("slug", options->slug, "The kata, e.g. string-concat")->required();
  command->callback([&context, options] {
    const std::string& slug = options->slug;
    const auto& kata = context.kata(slug);
    std::ifstream readme(kata.directory / "README.md");
    std::cout << readme.rdbuf() << "\n";
    fmt::print("Your file:   {}\n", (kata.directory / "solution.cpp").string());
    fmt::print("Target:      {} faster ({}), at input size {}\n", report::times_text(kata.target_speedup),
               catalogue::to_string(kata.metric), kata.verdict_size);
    if (kata.parallel_efficiency)
      fmt::print("             ({:.0f}% parallel efficiency on the {} cores this machine gives it)\n",
                 *kata.parallel_efficiency * 100, kata.target_cores);
    fmt::print("Hints:       {} (`./kata hint {}`)\n", kata.hints.size(), kata.slug);
  });
}

}  // namespace checker::cli
