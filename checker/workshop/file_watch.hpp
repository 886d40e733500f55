#pragma once
// Knows when a file was saved: inotify on its folder, because editors save by writing a
// new file and renaming it over the old one, which a watch on the file itself would miss.
#include <filesystem>

namespace checker::workshop {

class FileWatch {
 public:
  // Throws std::system_error when inotify is not available (then `kata watch --manual`).
  explicit FileWatch(const std::filesystem::path& file);
  ~FileWatch();
  FileWatch(const FileWatch&) = delete;
  FileWatch& operator=(const FileWatch&) = delete;

  int fd() const { return fd_; }  // readable when something happened in the folder
  // Reads what is pending; true when the watched file was written, created or renamed into place.
  bool drain();

 private:
  int fd_ = -1;
  std::string name_;
};

}  // namespace checker::workshop
