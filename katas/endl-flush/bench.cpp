// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated batches of the sizes listed in kata.json. Every call appends
// to a new, real log file in a directory of its own under the temporary directory; the
// directory is made and removed outside the timing, and the cross-check compares the files
// (WrittenLog's operator== in kata.hpp).
#include "kata.hpp"
#include "kata/bench.hpp"

namespace ef = kata::endl_flush;

KATA_BENCHMARK(kata::harness::Bench<ef::AuditJob, ef::WrittenLog>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return ef::make_audit_job(size, seed); },
    .baseline = [](const ef::AuditJob& job) { return ef::append_to_new_log(ef::baseline::append_batch, job); },
    .solution = [](const ef::AuditJob& job) { return ef::append_to_new_log(ef::solution::append_batch, job); },
});
