#include "pipeline/inspect.hpp"

#include <algorithm>
#include <fstream>

#include <fmt/format.h>

#include "process/files.hpp"
#include "build/builder.hpp"
#include "explorer/client.hpp"
#include "explorer/source.hpp"

namespace checker::pipeline {

namespace fs = std::filesystem;

MachineCode machine_code(const catalogue::KataSpec& kata, const Workspace& workspace, const fs::path& solution_file,
                         const std::string& label, bool baseline) {
  MachineCode code;
  code.toolchain = workspace.toolchain.describe() + " " + workspace.toolchain.flags_line();
  const fs::path solution = workspace.solution_file(kata.slug, solution_file);
  const auto built = build_in(workspace, kata, solution, label);
  const bool have_objects = built.status == build::BuildResult::Status::built ||
                            built.status == build::BuildResult::Status::link_error;
  if (!have_objects) {
    code.problem = built.status == build::BuildResult::Status::compile_error
                       ? "it does not compile:\n" + built.first_errors(5)
                       : "the build could not be prepared:\n" + built.log;
    return code;
  }
  const std::string file_name = baseline ? "baseline.cpp" : "solution.cpp";
  const fs::path source = built.staged_kata_dir / file_name;
  code.shown_file = baseline ? "katas/" + kata.slug + "/baseline.cpp" : solution.string();
  code.source_lines = process::read_lines(source);

  code.functions = analyze::disassemble(baseline ? built.baseline_object : built.solution_object,
                                        "katas/" + kata.slug + "/" + file_name, code.problem);
  // The entry function first, then the rest in the order the compiler laid them out.
  std::stable_partition(code.functions.begin(), code.functions.end(), [&](const analyze::FunctionCode& function) {
    return function.name.find("::" + kata.entry + "(") != std::string::npos ||
           function.name.find("::" + kata.entry + "[") != std::string::npos;
  });
  code.ok = !code.functions.empty();
  return code;
}

namespace {

// The functions of `wanted_namespace` in the server's listing: a label line (unindented,
// ending in ':') opens a function; `origin` maps the pasted source's lines back to the file.
std::vector<ExplorerListing::Function> functions_of(const explorer::Compilation& compiled, const std::vector<int>& origin,
                                                    const std::string& wanted_namespace) {
  std::vector<ExplorerListing::Function> functions;
  bool inside = false;
  for (const auto& line : compiled.assembly) {
    const bool label = !line.text.empty() && line.text.front() != ' ' && line.text.front() != '\t' && line.text.back() == ':';
    if (label) {
      inside = line.text.find(wanted_namespace) != std::string::npos;
      if (inside) functions.push_back({line.text.substr(0, line.text.size() - 1), {}, 0});
      continue;
    }
    if (!inside) continue;
    int file_line = 0;
    if (line.source_line && *line.source_line >= 1 && static_cast<std::size_t>(*line.source_line) <= origin.size())
      file_line = origin[static_cast<std::size_t>(*line.source_line - 1)];
    functions.back().lines.emplace_back(file_line, line.text);
    if (!line.text.empty() && line.text.front() == ' ') ++functions.back().instructions;
  }
  return functions;
}

}  // namespace

ExplorerListing explorer_listing(const catalogue::KataSpec& kata, const Workspace& workspace, const fs::path& solution_file,
                                 const ExplorerRequest& request) {
  ExplorerListing listing;
  const fs::path kata_dir = workspace.katas_dir() / kata.slug;
  const std::vector<fs::path> include_dirs = {kata_dir, workspace.katas_dir() / "common" / "include"};
  const fs::path solution = workspace.solution_file(kata.slug, solution_file);
  std::vector<std::pair<fs::path, std::string>> files = {{solution, kata.cpp_namespace() + "::solution::"}};
  if (request.with_baseline) files.emplace_back(kata_dir / "baseline.cpp", kata.cpp_namespace() + "::baseline::");

  explorer::Settings settings;
  settings.server = request.server;
  const explorer::Client client(settings);
  std::vector<explorer::Session> sessions;
  try {
    for (const auto& [file, wanted_namespace] : files) {
      const auto source = explorer::single_source(file, include_dirs);
      const auto compiled = client.compile(request.compiler, source.text, request.flags);
      if (!compiled.succeeded()) {
        listing.problem = fmt::format("{} does not compile on {} with {}", file.filename().string(), request.compiler, request.flags);
        for (const auto& message : compiled.messages)
          if (listing.messages.size() < 8 && !message.empty()) listing.messages.push_back(message);
        return listing;
      }
      listing.sides.push_back({file == solution ? solution.string() : "katas/" + kata.slug + "/baseline.cpp", process::read_lines(file),
                               functions_of(compiled, source.origin, wanted_namespace)});
      sessions.push_back({source.text, {{request.compiler, request.flags}}});
    }
    if (request.share) {
      // Baseline first: the link opens them side by side, left to right.
      std::reverse(sessions.begin(), sessions.end());
      listing.share_url = client.shorten(sessions);
    }
  } catch (const explorer::Error& error) {
    listing.problem = error.what();
    if (listing.problem.find("has no compiler") != std::string::npos) {
      try {
        listing.suggestions = explorer::close_matches(client.compilers(), request.compiler);
      } catch (const explorer::Error&) {
        // The list is a courtesy: the first message says what went wrong.
      }
    }
    return listing;
  } catch (const std::runtime_error& error) {  // a header the paste could not find
    listing.problem = error.what();
    return listing;
  }
  listing.ok = true;
  return listing;
}

}  // namespace checker::pipeline
