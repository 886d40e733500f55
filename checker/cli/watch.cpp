// kata watch <slug>: re-checks on every save and shows the verdict and the top findings;
// single keys drive it (h hint, n next kata, l list, r re-run, x reset, q quit).
#include <fmt/format.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/context.hpp"
#include "pipeline/check.hpp"
#include "workshop/course.hpp"
#include "workshop/file_watch.hpp"

namespace checker::cli {

namespace {

// Keys without Enter on a terminal; the old mode comes back however the loop ends.
class SingleKeys {
 public:
  SingleKeys() {
    if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &saved_) != 0) return;
    termios raw = saved_;
    raw.c_lflag &= static_cast<tcflag_t>(~(ICANON | ECHO));
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    active_ = ::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
  }
  ~SingleKeys() {
    if (active_) ::tcsetattr(STDIN_FILENO, TCSANOW, &saved_);
  }
  SingleKeys(const SingleKeys&) = delete;
  SingleKeys& operator=(const SingleKeys&) = delete;

 private:
  termios saved_{};
  bool active_ = false;
};

const char* severity_mark(catalogue::Severity severity) {
  switch (severity) {
    case catalogue::Severity::critical: return "CRITICAL";
    case catalogue::Severity::high: return "HIGH";
    case catalogue::Severity::medium: return "MEDIUM";
    case catalogue::Severity::low: return "LOW";
  }
  return "";
}

void print_compact(const report::Report& report) {
  std::string line = std::string(report::verdict_title(report.verdict));
  if (report.speedup)
    line += fmt::format("  {:.2f}x [{:.2f}x, {:.2f}x], target {:.2f}x", report.speedup->estimate, report.speedup->low,
                        report.speedup->high, report.speedup->target);
  fmt::print("\n{}\n  {}\n", line, report.verdict_reason);
  for (const auto& detail : report.problem_details) fmt::print("{}\n", detail);
  int shown = 0;
  for (const auto& finding : report.findings) {
    if (finding.cold_path || shown == 3) continue;
    ++shown;
    const std::string where = finding.location && finding.location->line > 0 ? fmt::format(" line {}", finding.location->line) : "";
    fmt::print("  [{}]{} {}\n", severity_mark(finding.severity), where, finding.title);
  }
  fmt::print("  edit-to-verdict {:.1f} s  ·  `kata check {}` for the whole report\n",
             static_cast<double>(report.timings.total_ms) / 1000.0, report.kata);
}

// The kata after `current`: the course's next one when a course is chosen, else the next in
// the catalogue's order.
std::string next_slug(Context& context, const std::string& current) {
  if (!context.progress().course().empty()) {
    std::vector<std::string> slugs, errors;
    for (const auto& kata : context.catalogue().katas) slugs.push_back(kata.slug);
    const auto courses = workshop::load_courses(context.workspace().repo_root / "courses", slugs, errors);
    if (const auto found = courses.find(context.progress().course()); found != courses.end())
      if (const auto step = workshop::next_step(found->second, context.progress()); step && step->slug != current)
        return step->slug;
  }
  const auto& katas = context.catalogue().katas;
  for (std::size_t i = 0; i < katas.size(); ++i)
    if (katas[i].slug == current) return katas[(i + 1) % katas.size()].slug;
  return current;
}

}  // namespace

void add_watch_command(CLI::App& app, Context& context) {
  struct Options {
    std::string slug;
    bool manual = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("watch", "Re-check a kata every time you save solution.cpp");
  command->add_option("slug", options->slug, "The kata")->required();
  command->add_flag("--manual", options->manual, "Do not watch the file: re-check when you press r");
  command->callback([&context, options] {
    std::string slug = context.kata(options->slug).slug;
    const SingleKeys keys;
    std::unique_ptr<workshop::FileWatch> watch;
    const auto start_watching = [&] {
      watch.reset();
      if (options->manual) return;
      try {
        watch = std::make_unique<workshop::FileWatch>(context.workspace().solution_file(slug, {}));
      } catch (const std::exception& error) {
        fmt::print(stderr, "kata: cannot watch the file ({}); press r to re-check (or use --manual)\n", error.what());
      }
    };
    const auto check = [&] {
      const auto& kata = context.kata(slug);
      fmt::print("\n── {}: {} ──\n", kata.slug, kata.title);
      pipeline::CheckOptions settings;
      settings.scaling = false;  // the loop stays short; `kata check` has the whole picture
      settings.progress = [](const std::string& step) { std::cerr << "… " << step << "\n"; };
      const auto report = pipeline::run_check(kata, context.workspace(), settings);
      print_compact(report);
      record_check(context, kata, report, std::nullopt);
      fmt::print("[h] hint  [n] next kata  [l] list  [r] re-run  [x] reset  [q] quit\n");
      std::fflush(stdout);
    };
    start_watching();
    check();
    for (;;) {
      pollfd ready[2] = {{STDIN_FILENO, POLLIN, 0}, {watch ? watch->fd() : -1, POLLIN, 0}};
      if (::poll(ready, 2, -1) < 0) {
        if (errno == EINTR) continue;
        throw std::runtime_error("poll failed");
      }
      if (watch && (ready[1].revents & POLLIN)) {
        if (!watch->drain()) continue;
        ::usleep(150 * 1000);  // an editor's save is several events: let them settle
        watch->drain();
        check();
        continue;
      }
      if (!(ready[0].revents & (POLLIN | POLLHUP))) continue;
      char key = 0;
      if (::read(STDIN_FILENO, &key, 1) <= 0) return;  // end of input: stop, as `q` does
      switch (key) {
        case 'q': return;
        case 'r': check(); break;
        case 'h': {
          const auto& kata = context.kata(slug);
          auto& progress = context.progress().kata(slug);
          const int count = static_cast<int>(kata.hints.size());
          const int shown = std::min(progress.hints_revealed + 1, count);
          fmt::print("\nHint {}/{}: {}\n", shown, count, kata.hints[static_cast<std::size_t>(shown - 1)]);
          if (shown > progress.hints_revealed) {
            progress.hints_revealed = shown;
            context.progress().save();
          }
          break;
        }
        case 'l':
          fmt::print("\n");
          for (const auto& kata : context.catalogue().katas) {
            const auto found = context.progress().katas().find(kata.slug);
            const std::string status = found == context.progress().katas().end() ? "" : found->second.status;
            fmt::print("  {} {:<28} {}\n", kata.slug == slug ? '>' : ' ', kata.slug, status);
          }
          break;
        case 'n':
          slug = next_slug(context, slug);
          start_watching();
          check();
          break;
        case 'x':
          fmt::print("\n");
          if (reset_with_confirmation(context, context.kata(slug), false)) check();
          break;
        default: break;  // Enter and other keys do nothing
      }
      std::fflush(stdout);
    }
  });
}

}  // namespace checker::cli
