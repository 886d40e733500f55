// Small RAII wrappers over POSIX file descriptors, in the style of fmt's os.h.
#pragma once

#include <cerrno>
#include <utility>

namespace checker::process {

// Repeats `system_call` while it fails with EINTR: the one place that knows a signal
// arriving in the middle of a call is not an error. Returns the call's own result.
template <typename SystemCall>
auto retry_on_eintr(SystemCall system_call) -> decltype(system_call()) {
  for (;;) {
    auto outcome = system_call();
    if (!(outcome == -1 && errno == EINTR)) return outcome;
  }
}

// Owns one open file descriptor and closes it when destroyed; movable, not copyable.
class FileDescriptor {
 public:
  // Holds no descriptor.
  FileDescriptor() noexcept = default;
  // Takes ownership of `descriptor` (-1 means none).
  explicit FileDescriptor(int descriptor) noexcept : descriptor_(descriptor) {}
  // Closes the descriptor, if one is held.
  ~FileDescriptor() { close(); }

  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  // Takes over `other`'s descriptor, leaving `other` empty.
  FileDescriptor(FileDescriptor&& other) noexcept : descriptor_(other.release()) {}
  // Closes the held descriptor, then takes over `other`'s.
  FileDescriptor& operator=(FileDescriptor&& other) noexcept {
    if (this != &other) {
      close();
      descriptor_ = other.release();
    }
    return *this;
  }

  // The descriptor number, or -1 when none is held.
  int get() const noexcept { return descriptor_; }
  // Whether a descriptor is held.
  bool is_open() const noexcept { return descriptor_ >= 0; }
  // Gives up ownership without closing and returns the descriptor.
  int release() noexcept { return std::exchange(descriptor_, -1); }
  // Closes the descriptor now; does nothing when none is held.
  void close() noexcept;
  // Makes reads and writes fail with EAGAIN instead of blocking; throws std::system_error.
  void set_non_blocking();

 private:
  int descriptor_ = -1;
};

// Both ends of a pipe. They are close-on-exec, so they leak into no program that is
// started, and numbered 3 or higher, so a child's dup2 onto 0, 1 and 2 cannot
// overwrite another pipe end even when the checker runs with a standard stream closed.
struct Pipe {
  FileDescriptor read_end;
  FileDescriptor write_end;

  // Creates a pipe; throws std::system_error when the system cannot.
  static Pipe create();
};

}  // namespace checker::process
