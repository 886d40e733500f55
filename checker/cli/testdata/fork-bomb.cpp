// e2e fixture: a fork bomb that limits itself (at most 1,000 short-lived children, once), so
// it is harmless even where the grader cannot limit processes; under the grading limit the
// forks fail and the call throws.
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

#include "kata.hpp"

namespace kata::string_concat::solution {

std::string render_report(const std::vector<Sample>&) {
  int started = 0;
  bool refused = false;
  for (; started < 1000; ++started) {
    const pid_t child = ::fork();
    if (child < 0) {
      refused = true;
      break;
    }
    if (child == 0) {
      ::sleep(2);
      ::_exit(0);
    }
  }
  while (::wait(nullptr) > 0) {
  }
  if (refused) throw std::runtime_error("fork refused after " + std::to_string(started) + " children");
  throw std::runtime_error("all 1000 forks succeeded: no process limit");
}

}  // namespace kata::string_concat::solution
