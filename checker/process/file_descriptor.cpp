#include "process/file_descriptor.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <system_error>

namespace checker::process {
namespace {

// Returns `descriptor` moved to number 3 or higher (close-on-exec), closing the original.
FileDescriptor above_standard_streams(FileDescriptor descriptor) {
  if (descriptor.get() > STDERR_FILENO) return descriptor;
  int moved = retry_on_eintr([&] { return ::fcntl(descriptor.get(), F_DUPFD_CLOEXEC, 3); });
  if (moved < 0) throw std::system_error(errno, std::generic_category(), "fcntl(F_DUPFD_CLOEXEC)");
  return FileDescriptor(moved);
}

}  // namespace

void FileDescriptor::close() noexcept {
  // Not retried on EINTR: Linux releases the number even then, and closing it again
  // could close a descriptor another thread has just opened.
  if (descriptor_ >= 0) ::close(std::exchange(descriptor_, -1));
}

void FileDescriptor::set_non_blocking() {
  int flags = ::fcntl(descriptor_, F_GETFL);
  if (flags < 0 || ::fcntl(descriptor_, F_SETFL, flags | O_NONBLOCK) < 0)
    throw std::system_error(errno, std::generic_category(), "fcntl(O_NONBLOCK)");
}

Pipe Pipe::create() {
  int ends[2];
  if (::pipe2(ends, O_CLOEXEC) != 0) throw std::system_error(errno, std::generic_category(), "pipe2");
  FileDescriptor read_end(ends[0]);
  FileDescriptor write_end(ends[1]);
  return Pipe{above_standard_streams(std::move(read_end)),
              above_standard_streams(std::move(write_end))};
}

}  // namespace checker::process
