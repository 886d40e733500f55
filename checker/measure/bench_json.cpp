#include "measure/bench_json.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace checker::measure {

namespace {

double to_milliseconds(double value, const std::string& unit) {
  if (unit == "ns") return value / 1e6;
  if (unit == "us") return value / 1e3;
  if (unit == "ms") return value;
  if (unit == "s") return value * 1e3;
  throw std::runtime_error("unknown time_unit '" + unit + "'");
}

// "string-concat/solution/4000/process_time" -> {"solution", 4000}
bool split_name(const std::string& name, std::string& side, std::size_t& size, std::string& tail) {
  const auto first = name.find('/');
  if (first == std::string::npos) return false;
  const auto second = name.find('/', first + 1);
  if (second == std::string::npos) return false;
  side = name.substr(first + 1, second - first - 1);
  const auto third = name.find('/', second + 1);
  tail = third == std::string::npos ? "" : name.substr(third + 1);
  const auto size_text = name.substr(second + 1, third == std::string::npos ? std::string::npos : third - second - 1);
  try {
    std::size_t used = 0;
    size = std::stoul(size_text, &used);
    return used == size_text.size();
  } catch (const std::exception&) {
    size = 0;
    tail = size_text;  // e.g. "process_time_BigO"
    return true;
  }
}

// Google Benchmark writes the coefficient of variation of a counter that is 0 in every
// repetition (a solution that allocates nothing) as NaN, and a ratio over zero as inf:
// not JSON. Outside strings, such literals become null.
std::string with_null_for_non_finite(const std::string& text) {
  static const char* const kLiterals[] = {"-Infinity", "Infinity", "-NaN", "NaN", "-nan", "nan", "-inf", "inf"};
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < text.size()) out += text[++i];
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
      out += c;
      continue;
    }
    bool replaced = false;
    for (const char* literal : kLiterals) {
      const std::string_view token(literal);
      if (text.compare(i, token.size(), token) == 0) {
        out += "null";
        i += token.size() - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) out += c;
  }
  return out;
}

}  // namespace

BenchReport parse_bench_json(const std::string& text) {
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(with_null_for_non_finite(text));
  } catch (const nlohmann::json::exception& error) {  // parse_error, or out_of_range for a number too large
    throw std::runtime_error(std::string("benchmark output is not JSON: ") + error.what());
  }
  BenchReport report;
  try {
    const auto& context = document.at("context");
    report.context.cpus = context.value("num_cpus", 0);
    report.context.mhz = context.value("mhz_per_cpu", 0.0);
    report.context.library_build_type = context.value("library_build_type", "");
    if (context.contains("load_avg")) report.context.load_average = context.at("load_avg").get<std::vector<double>>();

    for (const auto& entry : document.at("benchmarks")) {
      std::string side, tail;
      std::size_t size = 0;
      const auto name = entry.at("name").get<std::string>();
      if (!split_name(name, side, size, tail)) throw std::runtime_error("unexpected benchmark name '" + name + "'");
      const auto run_type = entry.value("run_type", "iteration");
      if (run_type == "aggregate") {
        const auto aggregate = entry.value("aggregate_name", "");
        if (aggregate == "BigO") {
          report.complexity.push_back({side, entry.value("big_o", ""), entry.value("cpu_coefficient", 0.0), 0});
        } else if (aggregate == "RMS") {
          for (auto& fit : report.complexity)
            if (fit.side == side) fit.rms = entry.value("rms", 0.0);
        }
        continue;
      }
      BenchSample sample;
      sample.side = side;
      sample.size = size;
      sample.repetition = entry.value("repetition_index", 0);
      sample.iterations = entry.value("iterations", 0LL);
      if (entry.value("error_occurred", false)) {
        sample.error = entry.value("error_message", "the benchmark reported an error");
      } else {
        const auto unit = entry.at("time_unit").get<std::string>();
        sample.real_ms = to_milliseconds(entry.at("real_time").get<double>(), unit);
        sample.cpu_ms = to_milliseconds(entry.at("cpu_time").get<double>(), unit);
      }
      for (const char* counter : {"allocs_per_call", "alloc_bytes_per_call", "peak_bytes", "bytes_per_second",
                                  "p50_ms", "p99_ms"})
        if (entry.contains(counter) && entry.at(counter).is_number()) sample.counters[counter] = entry.at(counter).get<double>();
      report.samples.push_back(std::move(sample));
    }
  } catch (const nlohmann::json::exception& error) {
    throw std::runtime_error(std::string("benchmark output has an unexpected shape: ") + error.what());
  }
  return report;
}

}  // namespace checker::measure
