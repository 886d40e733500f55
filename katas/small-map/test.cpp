// Correctness: the solution must count exactly what the baseline counts, row by row.
#include <gtest/gtest.h>

#include <sstream>
#include <utility>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::small_map {
namespace {

std::string describe(const TypeStats& row) {
  std::ostringstream text;
  text << "{\"" << row.type << "\", events " << row.events << ", message bytes "
       << row.message_bytes << "}";
  return text.str();
}

// Succeeds when the summaries are equal; otherwise names the first row that differs.
::testing::AssertionResult same_rows(const std::vector<TypeStats>& expected,
                                     const std::vector<TypeStats>& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  std::size_t index = 0;
  while (index < expected.size() && index < actual.size() && expected[index] == actual[index])
    ++index;
  const auto at = [index](const std::vector<TypeStats>& rows) {
    return index < rows.size() ? describe(rows[index]) : std::string("(no such row)");
  };
  std::ostringstream message;
  message << "summaries differ at row " << index << "\n"
          << "  baseline: " << at(expected) << "\n"
          << "  solution: " << at(actual) << "\n"
          << "  rows:     baseline " << expected.size() << ", solution " << actual.size();
  return ::testing::AssertionFailure() << message.str();
}

// A batch of hand-written (type, message) lines, laid out like the shipper's text.
LogBatch batch_of(const std::vector<std::pair<std::string, std::string>>& lines) {
  LogBatch batch;
  std::vector<std::pair<std::size_t, std::size_t>> at;
  for (const auto& [type, message] : lines) {
    batch.text += "1700000000000 ";
    at.emplace_back(batch.text.size(), 0);
    batch.text += type;
    batch.text += ' ';
    at.back().second = batch.text.size();
    batch.text += message;
    batch.text += '\n';
  }
  const std::string_view text = batch.text;
  for (std::size_t i = 0; i < lines.size(); ++i)
    batch.events.push_back({1'700'000'000'000 + static_cast<std::int64_t>(i),
                            text.substr(at[i].first, lines[i].first.size()),
                            text.substr(at[i].second, lines[i].second.size())});
  return batch;
}

void expect_same(const LogBatch& batch) {
  EXPECT_TRUE(same_rows(baseline::summarize(batch), solution::summarize(batch)));
}

TEST(SmallMap, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 17u, 1000u, 50000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same(make_batch(size, seed));
    }
  }
}

TEST(SmallMap, EmptyBatchHasAllRowsAtZero) {
  const LogBatch batch;
  expect_same(batch);
  const auto rows = solution::summarize(batch);
  ASSERT_EQ(rows.size(), kEventTypes.size() + 1);
  for (std::size_t i = 0; i < kEventTypes.size(); ++i) EXPECT_EQ(rows[i].type, kEventTypes[i]);
  EXPECT_EQ(rows.back().type, "other");
}

TEST(SmallMap, OneEventOfEachKnownType) {
  std::vector<std::pair<std::string, std::string>> lines;
  for (std::string_view type : kEventTypes)
    lines.emplace_back(std::string(type), "route=/healthz dur_us=" + std::to_string(type.size()));
  expect_same(batch_of(lines));
}

TEST(SmallMap, OneTypeOnly) {
  expect_same(batch_of(std::vector<std::pair<std::string, std::string>>(
      5000, {"db.query.executed", "table=orders rows=12"})));
  expect_same(batch_of(std::vector<std::pair<std::string, std::string>>(
      5000, {"some.unknown.event", "x=1"})));
}

TEST(SmallMap, NearMissesCountAsOther) {
  // Exact, case-sensitive match only: prefixes, extensions, other cases, the same length
  // and first letter as a known type, embedded NULs and the empty type are all "other".
  const std::vector<std::pair<std::string, std::string>> lines = {
      {"http.request.start", "route=/api/v1/orders"},
      {"http.request.star", ""},
      {"http.request.start ", ""},
      {"http.request.starts", ""},
      {"HTTP.request.start", ""},
      {"http.request.stopx", ""},
      {"http.request.retry", "attempt=2"},
      {"hxxp.request.finish", ""},
      {"auth.login.succezz", ""},
      {"auth.login.rejecteD", ""},
      {"cache.lookup.hiT", ""},
      {"cache.lookup.mist", ""},
      {"db.query.executes", ""},
      {"job.run.complete", ""},
      {"job.run.completed.", ""},
      {std::string("db.query.executed\0", 18), ""},
      {std::string("cache.lookup.h\0t", 16), ""},
      {"", "empty type"},
      {"h", ""},
      {"http.request.start.and.a.much.longer.suffix.than.any.known.type", ""},
      {"cache.lookup.hit", "key=user:42"},
      {"job.run.completed", "job=nightly-report"}};
  expect_same(batch_of(lines));
}

TEST(SmallMap, MessageBytesIncludeEmptyAndLongMessages) {
  expect_same(batch_of({{"auth.login.success", ""},
                        {"auth.login.success", std::string(100000, 'm')},
                        {"auth.login.rejected", "user=ana reason=bad_password"},
                        {"other.type", std::string(3000, 'o')}}));
}

}  // namespace
}  // namespace kata::small_map
