// The files a workshop reads back: a course file, a learner's progress file, a grading
// result (merged, then rendered as JUnit and as the class board). The first byte chooses.
// A bad course or result is a clear error; a damaged progress file is set aside, never a crash.
#include <fstream>
#include <stdexcept>

#include "fuzz/fuzz_input.hpp"
#include "workshop/board.hpp"
#include "workshop/course.hpp"
#include "workshop/grade.hpp"
#include "workshop/progress.hpp"

namespace {

void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  namespace workshop = checker::workshop;
  const std::string text = checker::fuzz::text_of(data + 1, size - 1);
  const auto folder = checker::fuzz::fresh_scratch_folder();
  switch (data[0] % 3) {
    case 0: {
      write(folder / "course.txt", text);
      try {
        (void)workshop::load_course(folder / "course.txt", {"string-concat", "top-k", "false-sharing"});
      } catch (const workshop::CourseError&) {
      }
      break;
    }
    case 1: {
      write(folder / "progress.json", text);
      workshop::ProgressStore store(folder / "progress.json");
      store.load();
      (void)store.to_json_text();
      break;
    }
    default: {
      std::filesystem::create_directories(folder / "results");
      write(folder / "results" / "learner.json", text);
      try {
        const auto merged = workshop::merge_results({folder / "results"});
        (void)workshop::results_as_junit(merged);
        std::vector<nlohmann::json> results;
        if (merged.contains("results") && merged["results"].is_array())
          for (const auto& result : merged["results"]) results.push_back(result);
        (void)workshop::class_board_html(results, "fuzz");
      } catch (const std::runtime_error&) {
      }
      break;
    }
  }
  return 0;
}
