// Result's one-line descriptions, and cleaning what a child printed; apart from the process machinery.
#include "process/process.hpp"

#include <signal.h>
#include <string.h>

#include <array>
#include <cctype>
#include <cstdio>

namespace checker::process {
namespace {

// "SIGSEGV", or "signal 42" for one without a name.
std::string signal_name(int signal_number) {
  const char* abbreviation = ::sigabbrev_np(signal_number);
  return abbreviation ? std::string("SIG") + abbreviation : "signal " + std::to_string(signal_number);
}

// "killed by SIGSEGV (segmentation fault)".
std::string killed_by(int signal_number) {
  const char* description = ::sigdescr_np(signal_number);
  std::string text = "killed by " + signal_name(signal_number);
  if (description == nullptr) return text;
  // "Segmentation fault" reads as "segmentation fault" mid-sentence; "CPU ..." stays.
  std::string phrase = description;
  if (phrase.size() > 1 && std::islower(static_cast<unsigned char>(phrase[1])))
    phrase[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(phrase[0])));
  return text + " (" + phrase + ")";
}

// "64 MiB", "1.5 MiB", "100 KiB" or "1000 bytes".
std::string format_bytes(std::size_t bytes) {
  constexpr std::size_t kib = 1024, mib = kib * 1024;
  if (bytes >= mib && bytes % mib == 0) return std::to_string(bytes / mib) + " MiB";
  char text[32];
  if (bytes >= mib) {
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / mib);
    return text;
  }
  if (bytes >= kib && bytes % kib == 0) return std::to_string(bytes / kib) + " KiB";
  return std::to_string(bytes) + " bytes";
}

// "10.0 s".
std::string format_seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f s", seconds);
  return text;
}

// What the program printed when an allocation failed, if it did: the uncaught-exception
// message of libstdc++ (on stderr) or GoogleTest (on stdout), or AddressSanitizer's report.
const char* allocation_failure_marker(const Result& result) {
  constexpr std::array markers{"std::bad_alloc", "AddressSanitizer: out of memory",
                               "AddressSanitizer: allocation-size-too-big",
                               "AddressSanitizer failed to allocate"};
  for (const char* marker : markers)
    if (result.standard_error.find(marker) != std::string::npos ||
        result.standard_output.find(marker) != std::string::npos)
      return marker;
  return nullptr;
}

// "ran out of memory (std::bad_alloc under a 64 MiB address-space limit; killed by SIGABRT)".
std::string ran_out_of_memory(const Result& result, const char* marker, const std::string& ending) {
  std::string text = std::string("ran out of memory (") + marker;
  if (result.limits.address_space_bytes)
    text += " under a " + format_bytes(*result.limits.address_space_bytes) + " address-space limit";
  return text + "; " + ending + ")";
}

std::string describe_signal(const Result& result) {
  const Limits& limits = result.limits;
  double cpu_seconds = result.user_seconds + result.system_seconds;
  bool cpu_limit_hit = limits.cpu_time && (result.signal == SIGXCPU ||
                                           (result.signal == SIGKILL &&
                                            cpu_seconds >= static_cast<double>(limits.cpu_time->count())));
  if (cpu_limit_hit)
    return "exceeded the CPU time limit of " +
           format_seconds(static_cast<double>(limits.cpu_time->count())) + " (killed by " +
           signal_name(result.signal) + ")";
  if (result.signal == SIGXFSZ && limits.file_size_bytes)
    return "exceeded the file size limit of " + format_bytes(*limits.file_size_bytes) +
           " (killed by " + signal_name(result.signal) + ")";
  if (const char* marker = allocation_failure_marker(result); marker && result.signal == SIGABRT)
    return ran_out_of_memory(result, marker, "killed by " + signal_name(result.signal));
  if (result.signal == SIGKILL) {
    // The checker sent no SIGKILL (that would be a timeout); the kernel's out-of-memory
    // killer is the usual sender, but it cannot be told for certain from here.
    return killed_by(SIGKILL) + ", perhaps for running out of memory (peak resident memory " +
           format_bytes(static_cast<std::size_t>(result.max_rss_kib) * 1024) + ")";
  }
  return killed_by(result.signal);
}

}  // namespace

bool Result::succeeded() const { return ending == Ending::exited && exit_code == 0; }

std::string Result::describe() const {
  switch (ending) {
    case Ending::exited: {
      std::string status = "exited with status " + std::to_string(exit_code);
      if (exit_code == 0) return status;
      if (const char* marker = allocation_failure_marker(*this))
        return ran_out_of_memory(*this, marker, status);
      return status;
    }
    case Ending::killed_by_signal: return describe_signal(*this);
    case Ending::timed_out:
      return "timed out after " +
             format_seconds(std::chrono::duration<double>(limits.wall_time).count()) + " (killed)";
    case Ending::failed_to_start: return "could not start '" + program + "': " + start_failure;
  }
  return "ended in an unknown way";
}

std::string without_colour(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      i += 2;
      while (i < text.size() && !(text[i] >= '@' && text[i] <= '~')) ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

}  // namespace checker::process
