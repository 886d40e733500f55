// kata board <results...> -o class.html: the class page from grading results.
#include <fmt/format.h>

#include <fstream>

#include "cli/context.hpp"
#include "process/files.hpp"
#include "workshop/board.hpp"

namespace checker::cli {

namespace fs = std::filesystem;

void add_board_command(CLI::App& app, Context&) {
  struct Options {
    std::vector<std::string> inputs;
    std::string output = "class.html";
    std::string title = "Kata results";
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("board", "A static HTML page of a class's results (from kata grade)");
  command->add_option("results", options->inputs, "Results folders, merged files (kata grade --merge) or result files")
      ->required();
  command->add_option("-o,--output", options->output, "The page to write (default class.html)");
  command->add_option("--title", options->title, "The page's heading");
  command->callback([options] {
    std::vector<nlohmann::json> results;
    const auto add_file = [&](const fs::path& file) {
      nlohmann::json document;
      try {
        document = nlohmann::json::parse(process::read_file_or_empty(file));
      } catch (const std::exception& error) {
        throw std::runtime_error(file.string() + ": not JSON (" + error.what() + ")");
      }
      if (document.is_object() && document.contains("results") && document["results"].is_array()) {
        for (auto& result : document["results"]) results.push_back(std::move(result));
      } else if (document.is_object() && document.contains("learner") && document.contains("kata")) {
        results.push_back(std::move(document));
      } else {
        throw std::runtime_error(file.string() + ": neither a grading result nor a merged file");
      }
    };
    for (const auto& input : options->inputs) {
      if (fs::is_directory(input)) {
        for (const auto& entry : fs::directory_iterator(input))
          if (entry.path().extension() == ".json") add_file(entry.path());
      } else {
        add_file(input);
      }
    }
    std::ofstream(options->output) << workshop::class_board_html(results, options->title);
    fmt::print("{} results on {}\n", results.size(), options->output);
  });
}

}  // namespace checker::cli
