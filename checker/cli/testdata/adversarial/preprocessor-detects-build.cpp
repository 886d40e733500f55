// adversarial: tries to tell the benchmark build from the test build with the preprocessor
// and skip the work there (the checker compiles the file once, for both: the tests see it)
// expect: broken
// says: wrong results
#include <string>

#include "kata.hpp"

namespace kata::string_concat::solution {

#if defined(KATA_BENCHMARK) || defined(BENCHMARK_BENCHMARK_H_) || __has_include(<benchmark/benchmark.h>)
std::string render_report(const std::vector<Sample>&) { return "host,metric,value,timestamp\n"; }
#else
#error "no benchmark headers: this trick assumed they show up only in the benchmark build"
#endif

}  // namespace kata::string_concat::solution
