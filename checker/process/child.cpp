#include "process/child.hpp"

#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace checker::process::child {
namespace {

// Sends why starting failed to the checker and exits the child.
[[noreturn]] void report_start_failure(int start_report, StartStep step) {
  StartFailure failure{step, errno};
  // Smaller than PIPE_BUF, so written whole or not at all.
  [[maybe_unused]] auto written = ::write(start_report, &failure, sizeof failure);
  ::_exit(127);
}

// Closes every descriptor from 3 up except `keep`, so the program inherits only 0-2.
void close_inherited_descriptors(int keep) {
  bool closed = (keep == 3 || ::close_range(3, keep - 1, 0) == 0) &&
                ::close_range(keep + 1, ~0U, 0) == 0;
  if (closed) return;
  // Kernels before 5.9 lack close_range.
  rlimit open_files{};
  ::getrlimit(RLIMIT_NOFILE, &open_files);
  int last = static_cast<int>(std::min<rlim_t>(open_files.rlim_cur, 1 << 16));
  for (int descriptor = 3; descriptor < last; ++descriptor)
    if (descriptor != keep) ::close(descriptor);
}

}  // namespace

[[noreturn]] void become_program(const Plan& plan) {
  // A group of its own, so a timeout or the end of the run can kill all descendants at once.
  ::setpgid(0, 0);
  // Die with the checker rather than run on unsupervised; the check covers a checker
  // that died before the request took effect.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != plan.checker) ::_exit(127);
  // The blocked SIGPIPE of the calling thread and any signal the checker ignores
  // would otherwise survive exec and change how the program behaves.
  sigset_t nothing;
  ::sigemptyset(&nothing);
  ::sigprocmask(SIG_SETMASK, &nothing, nullptr);
  struct sigaction default_action {};
  default_action.sa_handler = SIG_DFL;
  for (int signal_number = 1; signal_number < NSIG; ++signal_number)
    if (signal_number != SIGKILL && signal_number != SIGSTOP)
      ::sigaction(signal_number, &default_action, nullptr);

  if (::dup2(plan.standard_input, STDIN_FILENO) < 0 ||
      ::dup2(plan.standard_output, STDOUT_FILENO) < 0 ||
      ::dup2(plan.standard_error, STDERR_FILENO) < 0)
    report_start_failure(plan.start_report, StartStep::redirect);
  close_inherited_descriptors(plan.start_report);
  if (plan.working_directory != nullptr && ::chdir(plan.working_directory) != 0)
    report_start_failure(plan.start_report, StartStep::working_directory);
  if (plan.cgroup_procs != nullptr) {
    // Writing "0" moves the writer, i.e. this child, before it can fork anything.
    const int procs = ::open(plan.cgroup_procs, O_WRONLY | O_CLOEXEC);
    if (procs < 0 || ::write(procs, "0", 1) != 1) report_start_failure(plan.start_report, StartStep::cgroup);
    ::close(procs);
  }
  if (plan.no_network && ::unshare(CLONE_NEWNET) != 0) report_start_failure(plan.start_report, StartStep::network);
  for (auto [resource, limit] : *plan.limits) {
    // Never above what this process was given: a checker that is itself limited (kata grade
    // runs one per submission) cannot raise a hard limit, and must not try.
    rlimit current{};
    if (::getrlimit(resource, &current) == 0 && current.rlim_max != RLIM_INFINITY) {
      limit.rlim_max = std::min(limit.rlim_max, current.rlim_max);
      limit.rlim_cur = std::min(limit.rlim_cur, limit.rlim_max);
    }
    if (::setrlimit(resource, &limit) != 0) report_start_failure(plan.start_report, StartStep::limits);
  }
  // Last: after it, nothing above would be allowed any more.
  if (plan.switch_user && (::setgroups(0, nullptr) != 0 || ::setgid(plan.group) != 0 || ::setuid(plan.user) != 0))
    report_start_failure(plan.start_report, StartStep::user);
  ::execve(plan.executable, plan.argv, plan.envp);
  report_start_failure(plan.start_report, StartStep::exec);
}

ResourceLimits resource_limits(const Limits& limits) {
  auto both = [](std::size_t value) { return rlimit{value, value}; };
  // Core dumps stay off: a crashing learner program must not spend seconds writing one.
  ResourceLimits result{{RLIMIT_CORE, rlimit{0, 0}}};
  if (limits.cpu_time) {
    // The soft limit sends SIGXCPU; the hard one a second later SIGKILLs a program that catches it.
    rlim_t seconds = static_cast<rlim_t>(limits.cpu_time->count());
    result.push_back({RLIMIT_CPU, rlimit{seconds, seconds + 1}});
  }
  if (limits.address_space_bytes) result.push_back({RLIMIT_AS, both(*limits.address_space_bytes)});
  if (limits.file_size_bytes) result.push_back({RLIMIT_FSIZE, both(*limits.file_size_bytes)});
  if (limits.processes) result.push_back({RLIMIT_NPROC, both(static_cast<std::size_t>(*limits.processes))});
  return result;
}

}  // namespace checker::process::child
