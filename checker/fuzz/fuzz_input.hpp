#pragma once
// Shared by the fuzz targets: the input as text, and a private scratch folder for the
// parsers that read files (course files, progress, grading results).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace checker::fuzz {

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Emptied on every call, so that what one input leaves (a set-aside damaged file) cannot
// change how the next is read.
inline std::filesystem::path fresh_scratch_folder() {
  static const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("kata-fuzz-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

}  // namespace checker::fuzz
