#include "measure/machine.hpp"

#include <sys/utsname.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "catalogue/kata_spec.hpp"

namespace checker::measure {

Machine describe_machine() {
  Machine machine;
  // The cores this process may use, as the targets count them: the report and the
  // "needs N cores" rule must agree with the target under taskset or a cgroup.
  machine.cores = catalogue::cores_present();
  std::ifstream cpuinfo("/proc/cpuinfo");
  for (std::string line; std::getline(cpuinfo, line);) {
    if (machine.cpu.empty() && line.rfind("model name", 0) == 0) {
      const auto colon = line.find(':');
      if (colon != std::string::npos) machine.cpu = line.substr(line.find_first_not_of(' ', colon + 1));
    }
    if (line.rfind("flags", 0) == 0 && line.find(" hypervisor") != std::string::npos) machine.virtualised = true;
  }
  utsname name{};
  if (::uname(&name) == 0) machine.kernel = name.release;
  double load[1] = {0};
  if (::getloadavg(load, 1) == 1) machine.load_average = load[0];
  return machine;
}

}  // namespace checker::measure
