#pragma once
// Whole-file reads, the one way every module reads a file it did not write line by line.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace checker::process {

// The file's bytes; nullopt when it cannot be opened.
std::optional<std::string> read_file(const std::filesystem::path& path);

// The file's bytes, or "" when it cannot be opened (for output files whose absence the
// caller's parser reports anyway).
std::string read_file_or_empty(const std::filesystem::path& path);

// The file's lines without their line ends; empty when it cannot be opened.
std::vector<std::string> read_lines(const std::filesystem::path& path);

}  // namespace checker::process
