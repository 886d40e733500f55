#pragma once
// Compiler Explorer compiles one source: the learner's file with the kata's own headers
// ("kata.hpp", "kata/random.hpp") pasted in where they are included. System headers stay
// includes; the server has its own standard library.
#include <filesystem>
#include <string>
#include <vector>

namespace checker::explorer {

struct SingleSource {
  std::string text;
  std::vector<int> origin;  // per line of `text`: its line in the original file, 0 if pasted in
};

// `file` with every `#include "..."` found in `include_dirs` (or beside the including file)
// replaced by that header's text, recursively, each header once (`#pragma once` honoured).
// Throws std::runtime_error naming a quoted include it cannot find.
SingleSource single_source(const std::filesystem::path& file, const std::vector<std::filesystem::path>& include_dirs);

}  // namespace checker::explorer
