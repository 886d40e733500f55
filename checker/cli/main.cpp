// kata: build, test, measure and explain a C++ performance kata.
// Exit status: 0 pass, 1 not yet, 2 broken (or a failure of the checker), 3 inconclusive,
// 64 usage error.
#include <iostream>

#include "cli/context.hpp"

int main(int argc, char** argv) {
  using namespace checker::cli;
  CLI::App app{"C++ performance katas: fix one anti-pattern, prove it still works, measure the speedup.", "kata"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Show the help of every command");
  Context context;
  add_list_command(app, context);
  add_show_command(app, context);
  add_hint_command(app, context);
  add_check_command(app, context);
  add_verify_command(app, context);
  add_pristine_command(app, context);
  add_asm_command(app, context);
  add_profile_command(app, context);
  add_progress_command(app, context);
  add_reset_command(app, context);
  add_solution_command(app, context);
  add_next_command(app, context);
  add_watch_command(app, context);
  add_grade_command(app, context);
  add_board_command(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::ParseError& error) {
    app.exit(error);
    return 64;
  } catch (const UsageError& error) {
    std::cerr << "kata: " << error.what() << "\n";
    return 64;
  } catch (const std::exception& error) {
    std::cerr << "kata: error: " << error.what() << "\n";
    return 2;
  }
  return context.exit_status;
}
