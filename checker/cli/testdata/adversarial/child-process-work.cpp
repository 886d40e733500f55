// adversarial: does the work in a forked child and reads the answer back through a pipe
// (a process's CPU clock does not count its children)
// expect: broken
// says: child processes used
#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include "kata.hpp"

namespace kata::string_concat::solution {
namespace {

std::string render(const std::vector<Sample>& samples) {
  std::string report = "host,metric,value,timestamp\n";
  char value[64];
  for (const Sample& sample : samples) {
    const int length = std::snprintf(value, sizeof value, "%.3f", sample.value);
    report.append(sample.host).append(",").append(sample.metric).append(",");
    report.append(value, static_cast<std::size_t>(length)).append(",").append(std::to_string(sample.timestamp)).append("\n");
  }
  return report;
}

}  // namespace

std::string render_report(const std::vector<Sample>& samples) {
  int pipe_ends[2];
  if (::pipe(pipe_ends) != 0) return render(samples);
  const pid_t child = ::fork();
  if (child < 0) return render(samples);
  if (child == 0) {
    ::close(pipe_ends[0]);
    // Enough CPU in the child to be seen: the report many times over.
    std::string report;
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(5);
    do report = render(samples);
    while (std::chrono::steady_clock::now() < until);
    for (std::size_t written = 0; written < report.size();) {
      const auto n = ::write(pipe_ends[1], report.data() + written, report.size() - written);
      if (n <= 0) break;
      written += static_cast<std::size_t>(n);
    }
    ::_exit(0);
  }
  ::close(pipe_ends[1]);
  std::string report;
  char buffer[65536];
  for (ssize_t n; (n = ::read(pipe_ends[0], buffer, sizeof buffer)) > 0;) report.append(buffer, static_cast<std::size_t>(n));
  ::close(pipe_ends[0]);
  ::waitpid(child, nullptr, 0);
  return report;
}

}  // namespace kata::string_concat::solution
