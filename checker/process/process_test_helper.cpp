// A child that misbehaves on request, for process_test.cpp. Usage: process_test_helper MODE [ARGS].
#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Writes all of `data` to `descriptor`, or exits on failure.
void write_all(int descriptor, const char* data, std::size_t size) {
  while (size > 0) {
    ssize_t written = ::write(descriptor, data, size);
    if (written < 0) std::exit(3);
    data += written;
    size -= static_cast<std::size_t>(written);
  }
}

// Allocates and touches `mebibytes` MiB; an uncaught std::bad_alloc aborts the program.
int allocate(std::size_t mebibytes) {
  std::vector<std::vector<char>> blocks;
  for (std::size_t i = 0; i < mebibytes; ++i) blocks.emplace_back(1 << 20, 'x');
  std::printf("allocated %zu MiB\n", blocks.size());
  return 0;
}

// Writes `bytes` bytes (NULs included) to stdout and to stderr, interleaved in chunks,
// so a reader that drains one stream only would deadlock.
int print_lots(std::size_t bytes) {
  std::string chunk(64 * 1024, '\0');
  for (std::size_t i = 0; i < chunk.size(); ++i) chunk[i] = static_cast<char>(i % 251);
  for (std::size_t done = 0; done < bytes; done += chunk.size()) {
    std::size_t size = std::min(chunk.size(), bytes - done);
    write_all(STDOUT_FILENO, chunk.data(), size);
    write_all(STDERR_FILENO, chunk.data(), size);
  }
  return 0;
}

// Leaves a grandchild behind that holds stdout and stderr open; with `escape` it first
// moves to a new session, out of the process group the checker kills.
int fork_and_exit(bool escape) {
  pid_t pid = ::fork();
  if (pid < 0) return 2;
  if (pid == 0) {
    if (escape) ::setsid();
    ::sleep(escape ? 3 : 30);
    std::_Exit(0);
  }
  std::puts("parent done");
  return 0;
}

int echo_stdin() {
  char buffer[65536];
  for (;;) {
    ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count < 0) return 2;
    if (count == 0) return 0;
    write_all(STDOUT_FILENO, buffer, static_cast<std::size_t>(count));
  }
}

int write_file(const char* path, std::size_t bytes) {
  std::FILE* file = std::fopen(path, "wb");
  if (file == nullptr) return 2;
  std::string data(bytes, 'x');
  std::fwrite(data.data(), 1, data.size(), file);
  return std::fclose(file) == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: process_test_helper MODE [ARGS]\n";
    return 2;
  }
  std::string_view mode = argv[1];
  auto number = [&](int index) -> std::size_t {
    return index < argc ? std::strtoull(argv[index], nullptr, 10) : 0;
  };
  if (mode == "exit") return static_cast<int>(number(2));
  if (mode == "hang")
    for (;;) ::pause();
  if (mode == "spin") {
    volatile unsigned long counter = 0;  // volatile, so the busy loop is not optimised away
    for (;;) counter = counter + 1;
  }
  if (mode == "allocate") return allocate(number(2));
  if (mode == "print-lots") return print_lots(number(2));
  if (mode == "fork-and-exit") return fork_and_exit(false);
  if (mode == "escape-and-exit") return fork_and_exit(true);
  if (mode == "echo-stdin") return echo_stdin();
  if (mode == "ignore-stdin") return 0;
  if (mode == "write-file" && argc > 2) return write_file(argv[2], number(3));
  std::cerr << "unknown mode " << mode << "\n";
  return 2;
}
