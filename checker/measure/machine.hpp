#pragma once
// Facts about this machine, asked once: what the report names so that results from
// different machines are never compared as if they were the same.
#include <string>

namespace checker::measure {

struct Machine {
  std::string cpu;     // /proc/cpuinfo "model name"
  int cores = 0;       // online logical CPUs
  std::string kernel;  // uname -r
  bool virtualised = false;
  double load_average = 0;  // 1-minute load when asked
};

// Reads /proc and uname; never fails (unknown fields stay empty).
Machine describe_machine();

}  // namespace checker::measure
