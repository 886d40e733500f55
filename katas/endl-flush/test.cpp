// Correctness: the solution must append exactly what the baseline appends, keep what the
// log held before, return the same size, and fail the same way when the log cannot be
// written.
#include <gtest/gtest.h>

#include <fstream>
#include <limits>
#include <stdexcept>

#include "kata.hpp"
#include "kata/testing.hpp"

namespace kata::endl_flush {
namespace {

using kata::testing::same_text;

// What appending left behind: the returned size and the log's bytes.
struct Result {
  std::uintmax_t reported_size = 0;
  std::string contents;
};

// Appends `batches` in turn to one log that starts with `existing`.
template <class Append>
Result run(Append&& append_batch, const std::vector<AuditBatch>& batches, const std::string& existing = "") {
  ScratchFile file;
  if (!existing.empty()) std::ofstream(file.path(), std::ios::binary) << existing;
  Result result;
  for (const AuditBatch& batch : batches) result.reported_size = append_batch(batch, file.path());
  result.contents = file.contents();
  return result;
}

void expect_same_log(const std::vector<AuditBatch>& batches, const std::string& existing = "") {
  const Result expected = run(baseline::append_batch, batches, existing);
  const Result actual = run(solution::append_batch, batches, existing);
  EXPECT_TRUE(same_text(expected.contents, actual.contents)) << "the log written";
  EXPECT_EQ(expected.reported_size, actual.reported_size) << "the size append_batch returned";
  EXPECT_EQ(actual.reported_size, actual.contents.size())
      << "the size returned is not the size of the log after the batch";
}

TEST(EndlFlush, MatchesBaselineOnGeneratedBatches) {
  for (std::uint64_t seed : kata::testing::seeds()) {
    for (std::size_t size : {1u, 2u, 3u, 17u, 500u, 4000u}) {
      SCOPED_TRACE(kata::testing::input_label(seed, size));
      expect_same_log({make_audit_batch(size, seed)});
    }
  }
}

TEST(EndlFlush, EmptyBatchWritesOnlyItsMarker) {
  const AuditBatch empty{77, {}};
  expect_same_log({empty});
  EXPECT_TRUE(same_text("# batch 77: 0 events\n", run(solution::append_batch, {empty}).contents));
}

TEST(EndlFlush, OneEvent) {
  expect_same_log({{1, {"2024-03-01T18:02:11.417Z order=SO-40012345 user=cust-1234567 event=created channel=web"}}});
}

TEST(EndlFlush, KeepsWhatTheLogHeldBefore) {
  const std::string existing = "# batch 41: 1 events\n2024-03-01T18:02:11.417Z order=SO-1 event=created\n";
  expect_same_log({make_audit_batch(300, 5)}, existing);
  const Result appended = run(solution::append_batch, {make_audit_batch(300, 5)}, existing);
  EXPECT_EQ(appended.contents.substr(0, existing.size()), existing)
      << "the batch must be appended after what the log held, not replace it";
}

TEST(EndlFlush, SeveralBatchesInTurn) {
  expect_same_log({make_audit_batch(1000, 1), make_audit_batch(0, 2), make_audit_batch(2500, 3),
                   make_audit_batch(1, 4)});
}

TEST(EndlFlush, UnusualEvents) {
  AuditBatch batch{std::numeric_limits<std::uint64_t>::max(), {}};
  batch.events = {"",
                  "",
                  "an event with a\nnewline inside",
                  "tabs\tand\rcarriage returns",
                  std::string("a NUL \0 inside", 14),
                  std::string(20'000, 'x'),  // longer than any stream buffer
                  "é ü ✓ — non-ASCII",
                  "last"};
  expect_same_log({batch});
  expect_same_log({AuditBatch{0, std::vector<std::string>(3000, "2024-03-01T18:02:11.417Z same event again")}});
}

TEST(EndlFlush, ThrowsWhenTheLogCannotBeOpened) {
  ScratchFile file;
  const std::filesystem::path missing = file.path().string() + ".missing-directory/audit.log";
  const AuditBatch batch = make_audit_batch(10, 3);
  EXPECT_THROW(baseline::append_batch(batch, missing), std::runtime_error);
  EXPECT_THROW(solution::append_batch(batch, missing), std::runtime_error)
      << "a path in a directory that does not exist must throw std::runtime_error (or a subclass)";
}

}  // namespace
}  // namespace kata::endl_flush
