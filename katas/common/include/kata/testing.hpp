#pragma once
// Helpers for the katas' correctness tests: failures name the input (by seed and size)
// and show the first place the solution differs from the baseline, not a 100 KB dump.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace kata::testing {

// Seeds every kata's randomised tests use; fixed so that a failure reproduces.
inline const std::vector<std::uint64_t>& seeds() {
  static const std::vector<std::uint64_t> fixed = {1, 2, 3, 42, 2024, 987654321};
  return fixed;
}

// Succeeds when the texts are equal; otherwise says where they first differ, by line.
inline ::testing::AssertionResult same_text(std::string_view expected, std::string_view actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  const std::size_t mismatch = static_cast<std::size_t>(
      std::mismatch(expected.begin(), expected.end(), actual.begin(), actual.end()).first -
      expected.begin());
  const std::size_t line = 1 + static_cast<std::size_t>(
                                   std::count(expected.begin(), expected.begin() + mismatch, '\n'));
  const auto line_at = [mismatch](std::string_view text) {
    const std::size_t from = std::min(mismatch, text.size());
    const std::size_t start = text.rfind('\n', from == 0 ? 0 : from - 1);
    const std::size_t begin = (start == std::string_view::npos || from == 0) ? 0 : start + 1;
    const std::size_t end = std::min(text.find('\n', from), text.size());
    return std::string(text.substr(begin, std::min<std::size_t>(end - begin, 160)));
  };
  std::ostringstream message;
  message << "texts differ at line " << line << " (byte " << mismatch << ")\n"
          << "  baseline: \"" << line_at(expected) << "\"\n"
          << "  solution: \"" << line_at(actual) << "\"\n"
          << "  lengths:  baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

// "seed 42, size 1000": a SCOPED_TRACE label that names the failing input.
inline std::string input_label(std::uint64_t seed, std::size_t size) {
  return "input: seed " + std::to_string(seed) + ", size " + std::to_string(size);
}

}  // namespace kata::testing
