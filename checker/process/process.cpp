#include "process/process.hpp"

#include "process/child.hpp"
#include "process/file_descriptor.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <span>
#include <system_error>

extern char** environ;

namespace checker::process {
namespace {

using Clock = std::chrono::steady_clock;

// After the child has ended and its group was killed, how long to keep reading: enough
// for killed group members to die and release the pipes, short enough that a
// descendant which escaped into another process group cannot hang the checker.
constexpr auto drain_grace = std::chrono::milliseconds(250);
// How often to check whether the child has exited when the kernel has no pidfd to poll.
constexpr auto exit_check_interval = std::chrono::milliseconds(10);
// One read or write; the size of a default pipe buffer.
constexpr std::size_t chunk_bytes = 64 * 1024;

[[noreturn]] void throw_errno(const char* what) {
  throw std::system_error(errno, std::generic_category(), what);
}

// ---- Finding the program -------------------------------------------------------------

bool is_executable_file(const std::string& path) {
  struct stat status {};
  return ::stat(path.c_str(), &status) == 0 && S_ISREG(status.st_mode) &&
         ::access(path.c_str(), X_OK) == 0;
}

// Searches the ':'-separated `directories`; an empty entry means the current directory.
std::optional<std::filesystem::path> search_directories(std::string_view name,
                                                        std::string_view directories) {
  if (name.empty()) return std::nullopt;
  if (name.find('/') != std::string_view::npos) {
    if (is_executable_file(std::string(name))) return std::filesystem::path(name);
    return std::nullopt;
  }
  for (;;) {
    std::size_t colon = directories.find(':');
    std::string_view directory = directories.substr(0, colon);
    std::string candidate = (directory.empty() ? std::string(".") : std::string(directory)) + "/";
    candidate += name;
    if (is_executable_file(candidate)) return std::filesystem::path(candidate);
    if (colon == std::string_view::npos) return std::nullopt;
    directories.remove_prefix(colon + 1);
  }
}

// $PATH, or glibc's default when it is unset.
std::string checker_path() {
  const char* path = std::getenv("PATH");
  return path ? path : "/bin:/usr/bin";
}

// The file to execve: `program` itself when it has a '/', else found on the PATH the child gets.
std::optional<std::string> executable_for(const Command& command) {
  std::string program = command.program.string();
  if (program.find('/') != std::string::npos) return program;
  std::string path = checker_path();
  for (const auto& [name, value] : command.environment)
    if (name == "PATH") path = value;
  if (auto found = search_directories(program, path)) return found->string();
  return std::nullopt;
}

// ---- What the child gets ---------------------------------------------------------------

// "NAME=value" strings: the checker's environment with `overrides` applied (the last wins).
std::vector<std::string> child_environment(
    const std::vector<std::pair<std::string, std::string>>& overrides) {
  auto is_overridden = [&](std::string_view name) {
    return std::any_of(overrides.begin(), overrides.end(),
                       [&](const auto& entry) { return entry.first == name; });
  };
  std::vector<std::string> entries;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    std::string_view text(*entry);
    if (!is_overridden(text.substr(0, text.find('=')))) entries.emplace_back(text);
  }
  for (auto override_entry = overrides.begin(); override_entry != overrides.end(); ++override_entry) {
    bool set_again_later = std::any_of(std::next(override_entry), overrides.end(),
                                       [&](const auto& later) { return later.first == override_entry->first; });
    if (!set_again_later) entries.push_back(override_entry->first + "=" + override_entry->second);
  }
  return entries;
}

// A null-terminated array of pointers into `strings`, as execve wants.
std::vector<char*> pointers_to(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (std::string& text : strings) pointers.push_back(text.data());
  pointers.push_back(nullptr);
  return pointers;
}

// ---- Supervising the child ---------------------------------------------------------------

// Blocks SIGPIPE in the calling thread while it feeds the child's stdin, so a child that
// exits without reading turns write() into EPIPE instead of killing the checker. Unlike
// ignoring SIGPIPE process-wide, this leaves other threads' handling alone.
class SigpipeBlock {
 public:
  SigpipeBlock() {
    ::sigemptyset(&sigpipe_);
    ::sigaddset(&sigpipe_, SIGPIPE);
    sigset_t pending;
    ::sigpending(&pending);
    was_pending_ = ::sigismember(&pending, SIGPIPE) == 1;
    ::pthread_sigmask(SIG_BLOCK, &sigpipe_, &previous_);
  }
  ~SigpipeBlock() {
    // Swallow the SIGPIPE our own writes raised, so unblocking does not deliver it.
    if (!was_pending_) {
      timespec no_wait{};
      ::sigtimedwait(&sigpipe_, nullptr, &no_wait);
    }
    ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
  }
  SigpipeBlock(const SigpipeBlock&) = delete;
  SigpipeBlock& operator=(const SigpipeBlock&) = delete;

 private:
  sigset_t sigpipe_{};
  sigset_t previous_{};
  bool was_pending_ = false;
};

// Owns the forked child until it is reaped; if the checker throws first, kills its group.
class Child {
 public:
  explicit Child(pid_t id) : id_(id) {}
  ~Child() {
    if (reaped_) return;
    ::kill(-id_, SIGKILL);
    retry_on_eintr([&] { return ::waitpid(id_, nullptr, 0); });
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  // Whether the child has ended. It stays a zombie, so its pid, the group's id, cannot be reused yet.
  bool has_ended() const {
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(id_), &info, WEXITED | WNOHANG | WNOWAIT) != 0)
      throw_errno("waitid");
    return info.si_pid != 0;
  }
  // Kills every process left in the child's group.
  void kill_group() const { ::kill(-id_, SIGKILL); }
  // Waits for the child to end and collects it; returns its wait status.
  int reap(rusage& usage) {
    int status = 0;
    if (retry_on_eintr([&] { return ::wait4(id_, &status, 0, &usage); }) < 0) throw_errno("wait4");
    reaped_ = true;
    return status;
  }
  // A descriptor that polls readable once the child ends; closed if the kernel has none.
  FileDescriptor exit_notifier() const {
    return FileDescriptor(static_cast<int>(::syscall(SYS_pidfd_open, id_, 0)));
  }

 private:
  pid_t id_;
  bool reaped_ = false;
};

// One output stream of the child, captured up to a byte limit and drained beyond it.
struct Capture {
  FileDescriptor pipe;
  std::string& text;
  std::size_t limit;
  bool truncated = false;

  // Reads one chunk; closes the pipe at end of file.
  void read_some() {
    char buffer[chunk_bytes];
    ssize_t count = retry_on_eintr([&] { return ::read(pipe.get(), buffer, sizeof buffer); });
    if (count < 0 && errno == EAGAIN) return;
    if (count <= 0) return pipe.close();
    auto received = static_cast<std::size_t>(count);
    std::size_t kept = std::min(received, limit - std::min(limit, text.size()));
    text.append(buffer, kept);
    truncated = truncated || kept < received;
  }
};

// The child's stdin, fed from a string and closed when done or when the child stops reading.
struct Feed {
  FileDescriptor pipe;
  std::string_view remaining;

  // Writes one chunk; closes the pipe when all is written or the child has closed its end.
  void write_some() {
    ssize_t count = retry_on_eintr([&] {
      return ::write(pipe.get(), remaining.data(), std::min(remaining.size(), chunk_bytes));
    });
    if (count < 0 && errno == EAGAIN) return;
    if (count < 0) return pipe.close();  // EPIPE: the child exited or closed stdin
    remaining.remove_prefix(static_cast<std::size_t>(count));
    if (remaining.empty()) pipe.close();
  }
};

// A poll() timeout in whole milliseconds, rounded up so the loop does not spin.
int poll_timeout(Clock::duration wait) {
  auto milliseconds = std::chrono::ceil<std::chrono::milliseconds>(wait).count();
  return static_cast<int>(std::clamp<decltype(milliseconds)>(milliseconds, 0, 1 << 30));
}

// Feeds stdin and captures output until the child ends (or times out) and the pipes are
// drained; returns whether it timed out. Kills the child's whole group either way.
bool supervise(Child& child, const Limits& limits, Clock::time_point started, Feed& feed,
               Capture& output, Capture& errors) {
  FileDescriptor exit_notifier = child.exit_notifier();
  const auto deadline = started + limits.wall_time;
  auto drain_deadline = Clock::time_point::max();
  bool running = true;
  bool timed_out = false;
  for (;;) {
    auto now = Clock::now();
    if (running) {
      bool ended = child.has_ended();
      timed_out = !ended && now >= deadline;
      if (ended || timed_out) {
        // Grandchildren in the group must not keep the pipes open after the child is gone.
        child.kill_group();
        running = false;
        feed.pipe.close();
        drain_deadline = now + drain_grace;
      }
    }
    if (!running && !output.pipe.is_open() && !errors.pipe.is_open()) break;
    if (!running && now >= drain_deadline) break;  // held open by a descendant that left the group

    std::array<pollfd, 4> watched{};
    nfds_t count = 0;
    auto watch = [&](const FileDescriptor& descriptor, short events) {
      if (descriptor.is_open()) watched[count++] = pollfd{descriptor.get(), events, 0};
    };
    watch(output.pipe, POLLIN);
    watch(errors.pipe, POLLIN);
    if (running) {
      watch(feed.pipe, POLLOUT);
      watch(exit_notifier, POLLIN);  // only wakes the loop, which then sees the child ended
    }
    auto wait = running ? deadline - now : drain_deadline - now;
    if (running && !exit_notifier.is_open()) wait = std::min<Clock::duration>(wait, exit_check_interval);

    int ready = ::poll(watched.data(), count, poll_timeout(wait));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) throw_errno("poll");
    for (const pollfd& entry : std::span(watched.data(), count)) {
      if (entry.revents == 0) continue;
      if (entry.fd == output.pipe.get()) output.read_some();
      if (entry.fd == errors.pipe.get()) errors.read_some();
      if (entry.fd == feed.pipe.get()) feed.write_some();
    }
  }
  return timed_out;
}

double seconds_of(const timeval& time) {
  return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
}

// A message for a start failure the child reported, in the words of strerror.
std::string explain(const child::StartFailure& failure, const Command& command) {
  std::string reason = std::generic_category().message(failure.error);
  switch (failure.step) {
    case child::StartStep::redirect: return "cannot redirect standard streams: " + reason;
    case child::StartStep::working_directory:
      return "cannot enter working directory '" + command.working_directory.string() + "': " + reason;
    case child::StartStep::limits: return "cannot set resource limits: " + reason;
    case child::StartStep::cgroup: return "cannot join cgroup '" + command.isolation.cgroup.string() + "': " + reason;
    case child::StartStep::network: return "cannot enter a network namespace of its own: " + reason;
    case child::StartStep::user: return "cannot switch to an unprivileged user: " + reason;
    case child::StartStep::exec: return reason;
  }
  return reason;
}

}  // namespace

std::optional<std::filesystem::path> find_program(std::string_view name) {
  return search_directories(name, checker_path());
}

Result run(const Command& command) {
  Result result;
  result.program = command.program.string();
  result.limits = command.limits;
  std::optional<std::string> executable = executable_for(command);
  if (!executable) {
    result.start_failure = std::generic_category().message(ENOENT);  // as execvp would say
    return result;
  }

  std::vector<std::string> arguments{result.program};
  arguments.insert(arguments.end(), command.args.begin(), command.args.end());
  std::vector<char*> argv = pointers_to(arguments);
  std::vector<std::string> environment = child_environment(command.environment);
  std::vector<char*> envp = pointers_to(environment);
  std::string working_directory = command.working_directory.string();
  child::ResourceLimits limits = child::resource_limits(command.limits);
  const std::string cgroup_procs =
      command.isolation.cgroup.empty() ? std::string() : (command.isolation.cgroup / "cgroup.procs").string();

  Pipe input = Pipe::create(), output = Pipe::create(), errors = Pipe::create();
  Pipe start_report = Pipe::create();
  const child::Plan plan{executable->c_str(), argv.data(), envp.data(),
                       working_directory.empty() ? nullptr : working_directory.c_str(), &limits,
                       cgroup_procs.empty() ? nullptr : cgroup_procs.c_str(), command.isolation.no_network,
                       command.isolation.user.has_value(), static_cast<uid_t>(command.isolation.user.value_or(0)),
                       static_cast<gid_t>(command.isolation.group.value_or(command.isolation.user.value_or(0))),
                       input.read_end.get(), output.write_end.get(), errors.write_end.get(),
                       start_report.write_end.get(), ::getpid()};

  SigpipeBlock sigpipe_block;
  const auto started = Clock::now();
  pid_t pid = ::fork();
  if (pid < 0) throw_errno("fork");
  if (pid == 0) child::become_program(plan);
  Child child(pid);
  input.read_end.close();
  output.write_end.close();
  errors.write_end.close();
  start_report.write_end.close();

  // The report pipe closes on a successful exec (close-on-exec), so end of file means started.
  child::StartFailure failure{};
  ssize_t reported = retry_on_eintr(
      [&] { return ::read(start_report.read_end.get(), &failure, sizeof failure); });
  if (reported == static_cast<ssize_t>(sizeof failure)) {
    rusage ignored{};
    child.reap(ignored);
    result.start_failure = explain(failure, command);
    return result;
  }

  Feed feed{std::move(input.write_end), command.standard_input};
  if (feed.remaining.empty()) feed.pipe.close();
  Capture captured_output{std::move(output.read_end), result.standard_output,
                          command.limits.max_output_bytes};
  Capture captured_errors{std::move(errors.read_end), result.standard_error,
                          command.limits.max_output_bytes};
  for (FileDescriptor* pipe : {&feed.pipe, &captured_output.pipe, &captured_errors.pipe})
    if (pipe->is_open()) pipe->set_non_blocking();

  bool timed_out = supervise(child, command.limits, started, feed, captured_output, captured_errors);
  rusage usage{};
  int status = child.reap(usage);

  result.wall_time = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
  result.output_truncated = captured_output.truncated || captured_errors.truncated;
  result.user_seconds = seconds_of(usage.ru_utime);
  result.system_seconds = seconds_of(usage.ru_stime);
  result.max_rss_kib = usage.ru_maxrss;
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  result.ending = timed_out            ? Ending::timed_out
                  : WIFSIGNALED(status) ? Ending::killed_by_signal
                                        : Ending::exited;
  return result;
}

}  // namespace checker::process
