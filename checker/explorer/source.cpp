#include "explorer/source.hpp"

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace checker::explorer {

namespace fs = std::filesystem;

namespace {

// `#include "name"` -> name; anything else -> empty.
std::string quoted_include(const std::string& line) {
  const auto hash = line.find_first_not_of(" \t");
  if (hash == std::string::npos || line[hash] != '#') return "";
  const auto directive = line.find_first_not_of(" \t", hash + 1);
  if (directive == std::string::npos || line.compare(directive, 7, "include") != 0) return "";
  const auto open = line.find('"', directive + 7);
  const auto close = open == std::string::npos ? open : line.find('"', open + 1);
  if (close == std::string::npos) return "";
  return line.substr(open + 1, close - open - 1);
}

bool is_pragma_once(const std::string& line) {
  std::istringstream words(line);
  std::string first, second, third;
  words >> first >> second >> third;
  return (first == "#pragma" && second == "once") || (first == "#" && second == "pragma" && third == "once");
}

void paste(const fs::path& file, const std::vector<fs::path>& include_dirs, std::set<fs::path>& seen, SingleSource& out,
           bool top_level) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  const auto emit = [&](const std::string& line, int origin) {
    out.text += line + "\n";
    out.origin.push_back(origin);
  };
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (is_pragma_once(line)) continue;
    const std::string name = quoted_include(line);
    if (name.empty()) {
      emit(line, top_level ? number : 0);
      continue;
    }
    fs::path found = fs::exists(file.parent_path() / name) ? file.parent_path() / name : fs::path();
    for (const auto& dir : include_dirs)
      if (found.empty() && fs::exists(dir / name)) found = dir / name;
    if (found.empty()) throw std::runtime_error("cannot find \"" + name + "\", included by " + file.filename().string());
    const fs::path canonical = fs::weakly_canonical(found);
    if (!seen.insert(canonical).second) continue;  // each header once, as #pragma once would
    emit("// ---- " + name + " (pasted in: Compiler Explorer compiles one file) ----", 0);
    paste(canonical, include_dirs, seen, out, false);
    emit("// ---- end of " + name + " ----", 0);
  }
}

}  // namespace

SingleSource single_source(const fs::path& file, const std::vector<fs::path>& include_dirs) {
  std::set<fs::path> seen{fs::weakly_canonical(file)};
  SingleSource out;
  paste(file, include_dirs, seen, out, true);
  return out;
}

}  // namespace checker::explorer
