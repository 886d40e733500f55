#include "measure/bandwidth.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "measure/machine.hpp"

namespace checker::measure {
namespace {

namespace fs = std::filesystem;

fs::path fresh_cache(const char* name) {
  const fs::path folder = fs::temp_directory_path() / ("kata-bandwidth-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  const fs::path file = folder / name;
  fs::remove(file);
  return file;
}

TEST(Bandwidth, ACachedProbeOfThisMachineIsReused) {
  const auto file = fresh_cache("cached.json");
  const auto machine = describe_machine();
  std::ofstream(file) << nlohmann::json{{"machine", machine.cpu + " | " + machine.kernel}, {"read_bytes_per_second", 1.25e10}};
  EXPECT_DOUBLE_EQ(read_bandwidth(file), 1.25e10);
}

TEST(Bandwidth, AnotherMachinesOrADamagedCacheIsMeasuredAgainAndStored) {
  const auto file = fresh_cache("other.json");
  std::ofstream(file) << R"({"machine": "some other CPU | 1.0", "read_bytes_per_second": 1})";
  const double measured = read_bandwidth(file);
  EXPECT_GT(measured, 1.0);
  std::ifstream in(file);
  EXPECT_DOUBLE_EQ(nlohmann::json::parse(in).at("read_bytes_per_second").get<double>(), measured);
  std::ofstream(file) << "{ damaged";
  EXPECT_GT(read_bandwidth(file), 1.0);
}

}  // namespace
}  // namespace checker::measure
