#include "workshop/progress.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace checker::workshop {
namespace {

namespace fs = std::filesystem;

class Progress : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("kata-progress-" + std::to_string(::getpid()));
    fs::remove_all(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  fs::path folder_;
};

TEST_F(Progress, RoundTrips) {
  ProgressStore store(folder_ / "progress.json");
  store.load();
  auto& kata = store.kata("string-concat");
  kata.hints_revealed = 2;
  kata.status = "pass";
  kata.best_speedup = 31.5;
  kata.predictions.emplace_back(10, 31.5);
  store.save();

  ProgressStore again(folder_ / "progress.json");
  again.load();
  EXPECT_TRUE(again.warning().empty());
  const auto& read = again.kata("string-concat");
  EXPECT_EQ(read.hints_revealed, 2);
  EXPECT_EQ(read.status, "pass");
  EXPECT_DOUBLE_EQ(*read.best_speedup, 31.5);
  ASSERT_EQ(read.predictions.size(), 1u);
  EXPECT_DOUBLE_EQ(read.predictions[0].first, 10);
}

TEST_F(Progress, ADamagedFileIsSetAsideAndReported) {
  fs::create_directories(folder_);
  std::ofstream(folder_ / "progress.json") << "{ \"katas\": { \"x\": ";  // cut off mid-write
  ProgressStore store(folder_ / "progress.json");
  store.load();
  EXPECT_NE(store.warning().find("set aside"), std::string::npos);
  EXPECT_FALSE(fs::exists(folder_ / "progress.json"));
  int damaged = 0;
  for (const auto& entry : fs::directory_iterator(folder_))
    damaged += entry.path().filename().string().find("damaged") != std::string::npos;
  EXPECT_EQ(damaged, 1);
}

TEST_F(Progress, SaveLeavesNoTemporaryFiles) {
  ProgressStore store(folder_ / "progress.json");
  store.kata("a").hints_revealed = 1;
  store.save();
  store.save();
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder_)) ++files;
  EXPECT_EQ(files, 1);
}

}  // namespace
}  // namespace checker::workshop
