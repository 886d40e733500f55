#include "workshop/file_watch.hpp"

#include <gtest/gtest.h>
#include <poll.h>
#include <unistd.h>

#include <fstream>

namespace checker::workshop {
namespace {

namespace fs = std::filesystem;

bool changed_within(FileWatch& watch, int milliseconds) {
  pollfd ready{watch.fd(), POLLIN, 0};
  if (::poll(&ready, 1, milliseconds) <= 0) return false;
  return watch.drain();
}

TEST(FileWatch, SeesWritesAndRenamesOfTheFileOnly) {
  const fs::path folder = fs::temp_directory_path() / ("kata-watch-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  std::ofstream(folder / "solution.cpp") << "v1";
  FileWatch watch(folder / "solution.cpp");
  EXPECT_FALSE(changed_within(watch, 50));
  std::ofstream(folder / "other.cpp") << "x";  // a neighbour changing is not a save
  EXPECT_FALSE(changed_within(watch, 200));
  std::ofstream(folder / "solution.cpp") << "v2";
  EXPECT_TRUE(changed_within(watch, 2000));
  std::ofstream(folder / "solution.cpp.swp") << "v3";  // how editors save: write a copy, rename it over
  fs::rename(folder / "solution.cpp.swp", folder / "solution.cpp");
  EXPECT_TRUE(changed_within(watch, 2000));
  fs::remove_all(folder);
}

}  // namespace
}  // namespace checker::workshop
