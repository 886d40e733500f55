#pragma once
// How busy the rest of the machine was while a benchmark ran. A kata that needs several idle
// cores (false sharing, contention) cannot be judged when other processes take them: its
// baseline and its null copy suffer alike, so the null pair does not show it. The aggregate
// line of /proc/stat counts every core's busy time; what the benchmark process used itself
// is taken away, and the rest is the others' load.
#include <optional>
#include <string>

namespace checker::measure {

struct CpuTimes {
  double busy_seconds = 0;   // user + nice + system + irq + softirq + steal, all cores
  double total_seconds = 0;  // the same plus idle and iowait
};

// Parses /proc/stat's text (its first "cpu " line); nullopt when it has none.
std::optional<CpuTimes> parse_proc_stat(const std::string& text, long ticks_per_second);

// This machine's counters now; nullopt where /proc/stat cannot be read (not Linux).
std::optional<CpuTimes> read_cpu_times();

// CPU seconds that other processes used over an interval: the machine's busy time minus the
// measured process's own CPU time. Never negative.
double others_busy_seconds(const CpuTimes& before, const CpuTimes& after, double own_cpu_seconds);

}  // namespace checker::measure
