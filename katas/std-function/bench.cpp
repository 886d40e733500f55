// The measurement: the suite's harness times baseline, solution and a null copy of the
// baseline on freshly generated captures of the sizes listed in kata.json.
#include "kata.hpp"
#include "kata/bench.hpp"

namespace sf = kata::std_function;

KATA_BENCHMARK(kata::harness::Bench<sf::Capture, std::size_t>{
    .make_input = [](std::size_t size, std::uint64_t seed) { return sf::make_capture(size, seed); },
    .baseline = [](const sf::Capture& capture) { return sf::baseline::count_alarms(capture); },
    .solution = [](const sf::Capture& capture) { return sf::solution::count_alarms(capture); },
});
