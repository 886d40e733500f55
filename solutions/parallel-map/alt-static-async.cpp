// Alternative: a static split with std::async -- one contiguous range of positions per
// core, each valued (both passes, fused) by its own task; the calling thread takes the
// last range itself and then collects the futures. No shared counter at all. Every
// position costs about the same, so equal ranges finish nearly together; on a machine
// whose cores differ in speed, or with one core busy, the slowest range decides (the
// reference's dynamic chunks absorb that).
#include <algorithm>
#include <future>
#include <thread>

#include "kata.hpp"

namespace kata::parallel_map::solution {

namespace {

void value_range(const std::vector<OptionPosition>& positions, std::vector<Valuation>& out,
                 std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    out[i].value = call_value(positions[i]);
    out[i].greeks = call_greeks(positions[i], out[i].value);
  }
}

}  // namespace

std::vector<Valuation> value_book(const Book& book) {
  const std::vector<OptionPosition>& positions = book.positions;
  const std::size_t n = positions.size();
  std::vector<Valuation> valuations(n);
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t parts = std::max<std::size_t>(1, std::min({cores, n / 256, std::size_t{64}}));

  // Range p is [n * p / parts, n * (p + 1) / parts): the ranges cover every position
  // exactly once, however n divides. A future from std::async(std::launch::async) waits
  // for its thread when destroyed, so every task has finished when this block ends --
  // also when launching one throws.
  {
    std::vector<std::future<void>> tasks;
    tasks.reserve(parts);
    for (std::size_t p = 0; p + 1 < parts; ++p)
      tasks.push_back(std::async(std::launch::async, value_range, std::cref(positions),
                                 std::ref(valuations), n * p / parts, n * (p + 1) / parts));
    value_range(positions, valuations, n * (parts - 1) / parts, n);
    for (std::future<void>& task : tasks) task.get();
  }
  return valuations;
}

}  // namespace kata::parallel_map::solution
