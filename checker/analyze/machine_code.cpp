#include "analyze/machine_code.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <regex>
#include <sstream>

#include "process/process.hpp"

namespace checker::analyze {

namespace {

struct Frame {
  std::string file;
  int line = 0;
};

bool is_hex_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

std::string mnemonic_of(const std::string& text) {
  std::string instruction = text;
  if (instruction.starts_with("lock ")) instruction = instruction.substr(5);
  if (instruction.starts_with("rep ") || instruction.starts_with("notrack ") || instruction.starts_with("bnd "))
    instruction = instruction.substr(instruction.find(' ') + 1);
  return instruction.substr(0, instruction.find_first_of(" \t"));
}

std::string operand_of(const std::string& text) {
  const auto space = text.find_first_of(" \t", text.starts_with("notrack ") ? 8 : 0);
  if (space == std::string::npos) return "";
  const auto start = text.find_first_not_of(" \t", space);
  return start == std::string::npos ? "" : text.substr(start);
}

// "operator new(unsigned long)-0x4" -> "operator new(unsigned long)"; "foo@plt" -> "foo".
std::string clean_symbol(std::string symbol) {
  const auto sign = symbol.find_last_of("+-");
  if (sign != std::string::npos && symbol.compare(sign + 1, 2, "0x") == 0 &&
      is_hex_digits(std::string_view(symbol).substr(sign + 3)))
    symbol.erase(sign);
  if (const auto plt = symbol.find("@plt"); plt != std::string::npos) symbol.erase(plt);
  return symbol;
}

bool is_packed_arithmetic(std::string mnemonic) {
  if (mnemonic.starts_with("v")) mnemonic.erase(0, 1);
  for (const char* prefix : {"padd", "psub", "pmul", "pmadd", "pmax", "pmin", "pcmp", "psad", "pavg"})
    if (mnemonic.starts_with(prefix)) return true;
  if (!(mnemonic.ends_with("ps") || mnemonic.ends_with("pd"))) return false;
  for (const char* prefix : {"add", "sub", "mul", "div", "max", "min", "sqrt", "fmadd", "fmsub", "fnmadd", "hadd"})
    if (mnemonic.starts_with(prefix)) return true;
  return false;
}

bool is_cold_callee(const std::string& callee) {
  for (const char* cold : {"__throw_", "__cxa_", "_Unwind_Resume", "__stack_chk_fail", "abort", "__assert_fail"})
    if (callee.find(cold) != std::string::npos) return true;
  return false;
}

// A callee as a person would write it: std::string, no parameter list.
std::string short_callee(std::string name) {
  static const std::pair<const char*, const char*> spellings[] = {
      {"std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >", "std::string"},
      {"std::basic_string<char, std::char_traits<char>, std::allocator<char> >", "std::string"},
      {"std::__cxx11::", "std::"},
      {"[abi:cxx11]", ""},
  };
  for (const auto& [from, to] : spellings)
    for (auto at = name.find(from); at != std::string::npos; at = name.find(from, at + std::string_view(to).size()))
      name.replace(at, std::string_view(from).size(), to);
  if (!name.empty() && name.back() == ')') {
    int depth = 0;
    for (std::size_t i = name.size(); i-- > 0;) {
      if (name[i] == ')') ++depth;
      if (name[i] == '(' && --depth == 0) return name.substr(0, i);  // "f::operator()(int)" keeps "()"
    }
  }
  return name;
}

std::uint64_t hex_value(std::string_view text) { return std::stoull(std::string(text), nullptr, 16); }

// "path:123" or "path:123 (discriminator 4)", possibly followed by " (mangled name)".
std::optional<Frame> parse_frame(std::string_view text) {
  if (const auto paren = text.find(" ("); paren != std::string_view::npos) text = text.substr(0, paren);
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos || colon + 1 == text.size()) return std::nullopt;
  const auto digits = text.substr(colon + 1);
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  return Frame{std::string(text.substr(0, colon)), std::stoi(std::string(digits))};
}

// The address a jump or direct call names: "1a0 <f+0x1a0>" -> 0x1a0.
std::optional<std::uint64_t> direct_target(const std::string& operand) {
  const auto hex = std::string_view(operand).substr(0, operand.find(' '));
  if (!is_hex_digits(hex)) return std::nullopt;
  return hex_value(hex);
}

}  // namespace

// Hand-parsed rather than with std::regex: an entry function's listing with its inline
// chains runs to a megabyte, and `kata asm` should answer at once.
static std::vector<FunctionCode> read_objdump(const std::string& output, const std::string& source_suffix) {
  std::vector<FunctionCode> functions;
  std::vector<Frame> frames;  // innermost first
  const auto learner_line = [&] {
    for (auto frame = frames.rbegin(); frame != frames.rend(); ++frame)
      if (frame->file.ends_with(source_suffix)) return frame->line;
    return 0;
  };
  const auto innermost_learner_line = [&] {
    for (const auto& frame : frames)
      if (frame.file.ends_with(source_suffix)) return frame.line;
    return 0;
  };

  std::istringstream in(output);
  for (std::string text; std::getline(in, text);) {
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (text.empty()) continue;
    const std::string_view line(text);
    if (line.front() != ' ' && line.front() != '\t') {
      // "0000000000000000 <name>:" starts a function.
      const auto space = line.find(' ');
      if (space != std::string_view::npos && is_hex_digits(line.substr(0, space)) && line.substr(space).starts_with(" <") &&
          line.ends_with(">:")) {
        functions.push_back({std::string(line.substr(space + 2, line.size() - space - 4)), hex_value(line.substr(0, space)), {}});
        frames.clear();
      } else if (functions.empty()) {
        continue;
      } else if (line.starts_with("inlined by ")) {
        if (const auto frame = parse_frame(line.substr(11))) frames.push_back(*frame);
      } else if (const auto frame = parse_frame(line)) {
        frames = {*frame};
      }
      // Anything else ("name():" before a location, section headers) carries nothing.
      continue;
    }
    if (functions.empty()) continue;
    // "      151:\tcall   156 <f+0x156>" is an instruction; "\t\t\t152: R_X86_64_PLT32\toperator
    // new(unsigned long)-0x4" a relocation: in an object file a call's operand points at
    // itself, and the relocation names the callee.
    const auto indent = line.find_first_not_of(" \t");
    if (indent == std::string_view::npos) continue;
    const auto body = line.substr(indent);
    const auto colon = body.find(':');
    if (colon == std::string_view::npos || !is_hex_digits(body.substr(0, colon))) continue;
    const auto after = body.substr(colon + 1);
    auto& instructions = functions.back().instructions;
    if (after.starts_with(" R_")) {
      const auto symbol_tab = after.find('\t');
      if (symbol_tab != std::string_view::npos && !instructions.empty() && mnemonic_of(instructions.back().text) == "call")
        instructions.back().call_target = clean_symbol(std::string(after.substr(symbol_tab + 1)));
      continue;
    }
    if (!after.starts_with("\t")) continue;
    const auto address_text = body.substr(0, colon);
    const std::string rest(after.substr(1));
    Instruction parsed;
    parsed.address = hex_value(address_text);
    parsed.text = rest;
    parsed.line = learner_line();
    // Code whose location objdump gives without its inline chain (clang's discontiguous
    // inlined ranges: a header line alone) still runs for the learner's line before it.
    parsed.innermost_line = innermost_learner_line();
    if (parsed.innermost_line == 0 && !instructions.empty()) parsed.innermost_line = instructions.back().innermost_line;
    const std::string mnemonic = mnemonic_of(parsed.text);
    const std::string operand = operand_of(parsed.text);
    if (mnemonic.starts_with("j")) {
      parsed.jump_target = direct_target(operand);
    } else if (mnemonic == "call") {
      const auto open = operand.find('<');
      if (!direct_target(operand)) parsed.call_target = "(indirect)";  // vtable, std::function, pointer
      else if (open != std::string::npos) parsed.call_target = clean_symbol(operand.substr(open + 1, operand.rfind('>') - open - 1));
    }
    instructions.push_back(std::move(parsed));
  }
  std::erase_if(functions, [](const FunctionCode& function) {
    return std::none_of(function.instructions.begin(), function.instructions.end(),
                        [](const Instruction& i) { return i.line > 0; });
  });
  return functions;
}

std::vector<Loop> find_loops(const FunctionCode& function) {
  std::vector<Loop> loops;
  for (const auto& jump : function.instructions) {
    if (!jump.jump_target || *jump.jump_target > jump.address) continue;
    const std::uint64_t begin = *jump.jump_target, end = jump.address;
    if (std::any_of(loops.begin(), loops.end(), [&](const Loop& l) { return l.begin == begin && l.end == end; }))
      continue;
    Loop loop;
    loop.begin = begin;
    loop.end = end;
    std::vector<std::pair<std::string, int>> calls;
    for (const auto& instruction : function.instructions) {
      if (instruction.address < begin || instruction.address > end) continue;
      if (instruction.line > 0) {
        loop.first_line = loop.first_line == 0 ? instruction.line : std::min(loop.first_line, instruction.line);
        loop.last_line = std::max(loop.last_line, instruction.line);
      }
      const std::string mnemonic = mnemonic_of(instruction.text);
      if (instruction.text.starts_with("lock ")) ++loop.locked;
      if (mnemonic == "div" || mnemonic == "idiv" || mnemonic == "divsd" || mnemonic == "divss" ||
          mnemonic == "vdivsd" || mnemonic == "vdivss")
        ++loop.divisions;
      if (is_packed_arithmetic(mnemonic)) loop.vectorised = true;
      if (instruction.call_target.empty() || is_cold_callee(instruction.call_target)) continue;
      if (instruction.call_target == "(indirect)") ++loop.indirect_calls;
      if (instruction.call_target.find("operator new") != std::string::npos ||
          instruction.call_target.find("malloc") != std::string::npos)
        loop.allocates = true;
      const std::string callee =
          instruction.call_target == "(indirect)" ? "indirect call" : short_callee(instruction.call_target);
      const auto known = std::find_if(calls.begin(), calls.end(), [&](const auto& c) { return c.first == callee; });
      if (known == calls.end()) calls.emplace_back(callee, 1);
      else ++known->second;
    }
    for (const auto& [callee, count] : calls)
      loop.calls.push_back(count == 1 ? callee : fmt::format("{} ×{}", callee, count));
    loops.push_back(std::move(loop));
  }
  std::sort(loops.begin(), loops.end(), [](const Loop& a, const Loop& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return loops;
}

std::string describe(const Loop& loop) {
  std::string where = loop.first_line == 0              ? "loop"
                      : loop.first_line == loop.last_line ? fmt::format("loop on line {}", loop.first_line)
                                                          : fmt::format("loop over lines {}–{}", loop.first_line, loop.last_line);
  std::vector<std::string> facts;
  if (!loop.calls.empty()) {
    std::string calls = "calls ";
    for (std::size_t i = 0; i < loop.calls.size() && i < 5; ++i) calls += (i ? ", " : "") + loop.calls[i];
    if (loop.calls.size() > 5) calls += fmt::format(" and {} more", loop.calls.size() - 5);
    facts.push_back(calls);
  }
  if (loop.allocates) facts.push_back("may allocate on a pass (operator new on some path: growth, an error branch or every time)");
  if (loop.indirect_calls > 0) facts.push_back(fmt::format("{} indirect call{} (virtual, std::function or pointer)",
                                                           loop.indirect_calls, loop.indirect_calls == 1 ? "" : "s"));
  if (loop.locked > 0) facts.push_back(fmt::format("{} locked instruction{}", loop.locked, loop.locked == 1 ? "" : "s"));
  if (loop.divisions > 0) facts.push_back(fmt::format("{} division{}", loop.divisions, loop.divisions == 1 ? "" : "s"));
  facts.push_back(loop.vectorised ? "vectorised (packed SIMD arithmetic)" : "scalar");
  std::string text = where + ": ";
  for (std::size_t i = 0; i < facts.size(); ++i) text += (i ? "; " : "") + facts[i];
  return text;
}

std::vector<FunctionCode> disassemble(const std::filesystem::path& object, const std::string& source_suffix,
                                      std::string& problem, bool demangle) {
  const auto objdump = process::find_program("objdump");
  if (!objdump) {
    problem = "objdump is not installed (Debian package binutils)";
    return {};
  }
  std::vector<std::string> args = {"-d", "-l", "--inlines", "-r", "--no-show-raw-insn", "-M", "intel", object.string()};
  if (demangle) args.insert(args.begin(), "-C");  // objdump's default is the mangled names
  const auto run = process::run({.program = objdump->string(),
                                 .args = args,
                                 .limits = {.wall_time = std::chrono::seconds(30), .max_output_bytes = 64 << 20}});
  if (!run.succeeded()) {
    problem = "objdump " + run.describe();
    return {};
  }
  auto functions = parse_objdump(run.standard_output, source_suffix);
  if (functions.empty()) problem = "objdump found no code from " + source_suffix + " in " + object.filename().string();
  return functions;
}

std::vector<std::string> program_sections(const std::string& objdump_headers) {
  // "  0 .text         00000000  0000000000000000  0000000000000000  00000040  2**0"
  static const std::regex section_line(R"(^\s*\d+\s+(\S+)\s+[0-9a-f]+\s)");
  std::vector<std::string> sections;
  std::istringstream lines(objdump_headers);
  for (std::string line; std::getline(lines, line);) {
    std::smatch match;
    if (!std::regex_search(line, match, section_line)) continue;
    const std::string name = match[1];
    if (name.starts_with(".debug") || name.starts_with(".rela") || name.starts_with(".note") ||
        name == ".comment" || name == ".group")
      continue;
    sections.push_back(name);
  }
  return sections;
}

std::optional<std::string> code_fingerprint(const std::filesystem::path& object, std::string& problem) {
  const auto objdump = process::find_program("objdump");
  if (!objdump) {
    problem = "objdump is not installed (Debian package binutils)";
    return std::nullopt;
  }
  const process::Limits limits{.wall_time = std::chrono::seconds(30), .max_output_bytes = 64 << 20};
  const auto headers = process::run({.program = objdump->string(), .args = {"-h", object.string()}, .limits = limits});
  if (!headers.succeeded()) {
    problem = "objdump -h " + headers.describe();
    return std::nullopt;
  }
  std::vector<std::string> args = {"-s", "-r"};
  for (const auto& section : program_sections(headers.standard_output)) args.insert(args.end(), {"-j", section});
  args.push_back(object.string());
  const auto contents = process::run({.program = objdump->string(), .args = args, .limits = limits});
  if (!contents.succeeded()) {
    problem = "objdump -s " + contents.describe();
    return std::nullopt;
  }
  // The first line names the file ("/path/solution.cpp.o:     file format elf64-x86-64").
  const auto& text = contents.standard_output;
  const auto first_line = text.find("file format");
  const auto rest = first_line == std::string::npos ? 0 : text.find('\n', first_line);
  return rest == std::string::npos ? std::string() : text.substr(rest);
}


// Output it cannot read (another objdump, a truncated file) gives no evidence, never a wrong one.
std::vector<FunctionCode> parse_objdump(const std::string& output, const std::string& source_suffix) {
  try {
    return read_objdump(output, source_suffix);
  } catch (const std::exception&) {
    return {};
  }
}

}  // namespace checker::analyze
