#pragma once
// The physical limit of a memory-bound kata on this machine: how fast one core reads a
// buffer far larger than the caches. Measured once (about 0.3 s) and cached per machine.
#include <filesystem>
#include <optional>

namespace checker::measure {

// Bytes per second one core reads sequentially from a 256 MB buffer (best of a few passes).
double probe_read_bandwidth();

// The cached probe for this machine (cpu model + kernel) in `cache_file`, or a fresh probe
// stored there.
double read_bandwidth(const std::filesystem::path& cache_file);

}  // namespace checker::measure
