// The forked child's side of run(): what it is given before fork(), what it reports back,
// and how it turns into the program. Internal to checker_process.
#pragma once

#include "process/process.hpp"

#include <sys/resource.h>
#include <sys/types.h>

#include <utility>
#include <vector>

namespace checker::process::child {

// Resource limits as setrlimit takes them: (resource, limit) pairs.
using ResourceLimits = std::vector<std::pair<int, rlimit>>;

// The rlimits that enforce `limits`, plus RLIMIT_CORE = 0.
ResourceLimits resource_limits(const Limits& limits);

// Which step of starting the program failed, sent from the child with its errno.
enum class StartStep : int { redirect, working_directory, limits, cgroup, network, user, exec };
struct StartFailure {
  StartStep step;
  int error;
};

// Everything the child needs, prepared before fork(): in a possibly multi-threaded
// checker the child may only make async-signal-safe calls, so it must not allocate.
struct Plan {
  const char* executable;
  char* const* argv;
  char* const* envp;
  const char* working_directory;  // nullptr: stay where the checker is
  const ResourceLimits* limits;
  const char* cgroup_procs;  // nullptr: stay in the checker's cgroup
  bool no_network;
  bool switch_user;
  uid_t user;
  gid_t group;
  int standard_input, standard_output, standard_error, start_report;
  pid_t checker;
};

// Runs in the forked child: makes it the leader of a new process group, resets signals,
// redirects 0-2, closes every other descriptor, enters the working directory, applies
// the limits and execs. On failure writes a StartFailure to `plan.start_report` and exits 127.
[[noreturn]] void become_program(const Plan& plan);

}  // namespace checker::process::child
