// kata asm <slug>: the machine code of your solution as it is measured (same compiler, same
// flags, same object), each block under the line of your file it came from, with a summary
// of the loops: what they call, whether they allocate, whether they are vectorised.
#include <fmt/format.h>

#include "cli/context.hpp"
#include "explorer/client.hpp"
#include "pipeline/inspect.hpp"

namespace checker::cli {

namespace {

void print_function(const analyze::FunctionCode& function, const std::vector<std::string>& source, bool loops_only) {
  fmt::print("\n{}\n", function.name);
  const auto loops = analyze::find_loops(function);
  if (loops.empty()) fmt::print("  no loop\n");
  for (const auto& loop : loops) fmt::print("  {}\n", analyze::describe(loop));
  if (loops_only) return;
  fmt::print("\n");
  int shown_line = -1;
  for (const auto& instruction : function.instructions) {
    if (instruction.line != shown_line && instruction.line > 0) {
      shown_line = instruction.line;
      const auto index = static_cast<std::size_t>(instruction.line - 1);
      fmt::print("{:>5} | {}\n", instruction.line, index < source.size() ? source[index] : "");
    }
    std::string text = instruction.text;
    if (!instruction.call_target.empty() && instruction.call_target != "(indirect)")
      text = text.substr(0, text.find('<')) + "<" + instruction.call_target + ">";
    fmt::print("      {:>6x}:  {}\n", instruction.address, text);
  }
}

void print_explorer_side(const pipeline::ExplorerListing::Side& side, bool loops_only) {
  fmt::print("\n━━ {}\n", side.file);
  if (side.functions.empty()) fmt::print("  (no function of this file was left: all inlined or removed)\n");
  for (const auto& function : side.functions) {
    fmt::print("\n{}  ({} instructions)\n", function.label, function.instructions);
    if (loops_only) continue;
    int shown_line = -1;
    for (const auto& [line, text] : function.lines) {
      if (line > 0 && line != shown_line) {
        shown_line = line;
        const auto index = static_cast<std::size_t>(line - 1);
        fmt::print("{:>5} | {}\n", line, index < side.source_lines.size() ? side.source_lines[index] : "");
      }
      fmt::print("      {}\n", text);
    }
  }
}

int run_explorer(const catalogue::KataSpec& kata, const pipeline::Workspace& workspace, const std::string& solution,
                 const pipeline::ExplorerRequest& request, bool instructions_only) {
  fmt::print(stderr, "… sending {} (with kata.hpp pasted in) to {}: compiler {}, {}\n",
             solution.empty() ? "katas/" + kata.slug + "/solution.cpp" : solution, request.server, request.compiler,
             request.flags);
  const auto listing = pipeline::explorer_listing(kata, workspace, solution, request);
  if (!listing.ok) {
    fmt::print(stderr, "kata asm --ce: {}\n", listing.problem);
    for (const auto& message : listing.messages) fmt::print(stderr, "  {}\n", message);
    if (!listing.suggestions.empty()) {
      fmt::print(stderr, "compilers with a similar id on that server:\n");
      for (const auto& suggestion : listing.suggestions) fmt::print(stderr, "  {}\n", suggestion);
    }
    return 2;
  }
  for (const auto& side : listing.sides) print_explorer_side(side, instructions_only);
  if (listing.sides.size() == 2) {
    const auto count = [](const pipeline::ExplorerListing::Side& side) {
      int instructions = 0;
      for (const auto& function : side.functions) instructions += function.instructions;
      return instructions;
    };
    fmt::print("\nyours: {} instructions in {} functions; the baseline: {} in {}\n", count(listing.sides[0]),
               listing.sides[0].functions.size(), count(listing.sides[1]), listing.sides[1].functions.size());
  }
  if (!listing.share_url.empty()) fmt::print("\nshare: {}\n", listing.share_url);
  return 0;
}

}  // namespace

void add_asm_command(CLI::App& app, Context& context) {
  struct Options {
    std::string slug;
    std::string solution;
    bool baseline = false;
    bool loops_only = false;
    std::string function;
    bool explorer = false;
    std::string compiler = "g122";
    std::string flags = "-O2 -std=c++20 -DNDEBUG";
    bool share = false;
    std::string server;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("asm", "Show the machine code of your solution as it is measured, by source line");
  command->add_option("slug", options->slug, "The kata")->required();
  command->add_option("--solution", options->solution, "Show this file instead of katas/<slug>/solution.cpp")
      ->check(CLI::ExistingFile);
  command->add_flag("--baseline", options->baseline, "Show the baseline's machine code instead");
  command->add_flag("--loops", options->loops_only, "Only the summary of each function's loops");
  command->add_option("--function", options->function, "Only functions whose name contains this");
  command->add_flag("--ce", options->explorer,
                    "Compile on a Compiler Explorer server instead (sends your file there: only when you ask)");
  command->add_option("--compiler", options->compiler, "With --ce: the server's compiler id (default g122, gcc 12.2)");
  command->add_option("--flags", options->flags, "With --ce: compiler flags (default -O2 -std=c++20 -DNDEBUG)");
  command->add_flag("--share", options->share, "With --ce: print a short link opening the baseline and yours side by side");
  command->add_option("--server", options->server,
                      "With --ce: the server (default $KATA_CE_URL, then .kata/explorer-server, then godbolt.org)");
  command->callback([&context, options] {
    const auto& kata = context.kata(options->slug);
    if (options->explorer) {
      pipeline::ExplorerRequest request;
      request.server = explorer::choose_server(options->server.empty() ? std::nullopt : std::optional(options->server),
                                               (context.workspace().state_dir / "explorer-server").string());
      request.compiler = options->compiler;
      request.flags = options->flags;
      request.with_baseline = options->baseline || options->share;
      request.share = options->share;
      context.exit_status = run_explorer(kata, context.workspace(), options->solution, request, options->loops_only);
      return;
    }
    if (options->share || options->server.size()) throw UsageError("--share and --server go with --ce");
    const auto& workspace = context.workspace();
    const auto code =
        pipeline::machine_code(kata, workspace, options->solution, workspace.work_label(options->solution), options->baseline);
    if (!code.ok) {
      fmt::print(stderr, "kata asm: no machine code to show for {}: {}\n", kata.slug, code.problem);
      context.exit_status = 2;
      return;
    }
    fmt::print("━━ {} — {} as compiled by {}\n", kata.slug, code.shown_file, code.toolchain);
    fmt::print("(the object the benchmark measures; loops are backward jumps, calls are what the loop still calls)\n");
    int shown = 0;
    for (const auto& function : code.functions) {
      if (!options->function.empty() && function.name.find(options->function) == std::string::npos) continue;
      print_function(function, code.source_lines, options->loops_only);
      ++shown;
    }
    if (shown == 0) {
      fmt::print(stderr, "kata asm: no function of {} matches '{}'\n", code.shown_file, options->function);
      context.exit_status = 64;
    }
  });
}

}  // namespace checker::cli
