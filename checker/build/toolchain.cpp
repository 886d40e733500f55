#include "build/toolchain.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace checker::build {

std::string Toolchain::describe() const {
  return (compiler_id == "Clang" ? "clang++ " : compiler_id == "GNU" ? "g++ " : compiler_id + " ") +
         compiler_version;
}

std::string Toolchain::flags_line() const {
  std::string line;
  for (const auto& flag : compile_flags) line += (line.empty() ? "" : " ") + flag;
  return line;
}

Toolchain load_toolchain(const std::filesystem::path& toolchain_json) {
  std::ifstream in(toolchain_json);
  if (!in)
    throw std::runtime_error("no build found at " + toolchain_json.parent_path().string() +
                             ": run ./kata (it configures and builds), or cmake --preset release");
  try {
    const auto document = nlohmann::json::parse(in);
    Toolchain toolchain;
    toolchain.compiler = document.at("compiler").get<std::string>();
    toolchain.compiler_id = document.at("compiler_id").get<std::string>();
    toolchain.compiler_version = document.at("compiler_version").get<std::string>();
    toolchain.compile_flags = document.at("compile_flags").get<std::vector<std::string>>();
    toolchain.bench_link = document.at("bench_link").get<std::vector<std::string>>();
    toolchain.test_link = document.at("test_link").get<std::vector<std::string>>();
    return toolchain;
  } catch (const nlohmann::json::exception& error) {
    throw std::runtime_error(toolchain_json.string() + " is damaged (" + error.what() +
                             "): delete the build folder and run ./kata again");
  }
}

}  // namespace checker::build
