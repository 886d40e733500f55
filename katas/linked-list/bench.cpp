// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated feed slices of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace ll = kata::linked_list;

KATA_BENCHMARK(kata::harness::Bench<ll::FeedSlice, std::vector<std::uint64_t>>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return ll::make_feed_slice(size, seed); },
    .baseline = [](const ll::FeedSlice& slice) { return ll::baseline::publish_depth(slice); },
    .solution = [](const ll::FeedSlice& slice) { return ll::solution::publish_depth(slice); },
});
