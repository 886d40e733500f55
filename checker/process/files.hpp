#pragma once
// Whole-file reads and writes: the one way every module reads a file it did not write line
// by line, and the one way it replaces a file that others may be reading.
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

// Replaces `path` with `content` through a temporary file in the same folder and a rename,
// so that a reader, or a run interrupted half-way, sees the old file or the new one, never
// a torn one. Creates the parent folder. std::runtime_error naming the file on failure.
void write_file_atomically(const std::filesystem::path& path, const std::string& content);

}  // namespace checker::process
