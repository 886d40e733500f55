#pragma once
// What every command needs, found once and lazily: the workspace, the catalogue, the
// learner's progress. Commands declare their options and call into the library; they
// hold no logic of their own beyond choosing what to print.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "catalogue/kata_spec.hpp"
#include "pipeline/workspace.hpp"
#include "report/model.hpp"
#include "workshop/progress.hpp"

namespace checker::cli {

// A mistake in how the command was called: exit status 64.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Context {
 public:
  const pipeline::Workspace& workspace();
  const catalogue::Catalogue& catalogue();
  // The kata called `slug`; UsageError naming close matches when there is none.
  const catalogue::KataSpec& kata(const std::string& slug);
  workshop::ProgressStore& progress();

  int exit_status = 0;

 private:
  std::optional<pipeline::Workspace> workspace_;
  std::optional<catalogue::Catalogue> catalogue_;
  std::unique_ptr<workshop::ProgressStore> progress_;
};

// Asks `question` on the terminal ("[y/N]"); true when `assume_yes`. Without a terminal
// it does not guess: UsageError telling to pass --yes.
bool confirm(const std::string& question, bool assume_yes);

// `kata reset`'s work, also offered by `kata watch`: asks, keeps a backup, restores.
bool reset_with_confirmation(Context& context, const catalogue::KataSpec& kata, bool assume_yes);

// After a check of the learner's own file: status, best speedup and prediction into progress.
void record_check(Context& context, const catalogue::KataSpec& kata, const report::Report& report,
                  std::optional<double> predicted);

void add_list_command(CLI::App& app, Context& context);
void add_show_command(CLI::App& app, Context& context);
void add_hint_command(CLI::App& app, Context& context);
void add_check_command(CLI::App& app, Context& context);
void add_verify_command(CLI::App& app, Context& context);
void add_pristine_command(CLI::App& app, Context& context);
void add_asm_command(CLI::App& app, Context& context);
void add_profile_command(CLI::App& app, Context& context);
void add_progress_command(CLI::App& app, Context& context);
void add_reset_command(CLI::App& app, Context& context);
void add_solution_command(CLI::App& app, Context& context);
void add_next_command(CLI::App& app, Context& context);
void add_watch_command(CLI::App& app, Context& context);
void add_grade_command(CLI::App& app, Context& context);
void add_board_command(CLI::App& app, Context& context);

}  // namespace checker::cli
