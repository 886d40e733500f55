#pragma once
// string-concat: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kata/random.hpp"

namespace kata::string_concat {

// One measurement in the alerting job's minute report.
struct Sample {
  std::string host;    // e.g. "api-eu-west-3-07.prod.internal.example.net"
  std::string metric;  // e.g. "http.server.request.duration.p99"
  double value = 0;
  std::int64_t timestamp = 0;  // Unix seconds
};

// Renders the samples as the CSV report the job attaches to its e-mail:
//   host,metric,value,timestamp\n
//   <host>,<metric>,<value with 3 decimals>,<timestamp>\n   (one line per sample)
namespace baseline {
std::string render_report(const std::vector<Sample>& samples);
}
namespace solution {
std::string render_report(const std::vector<Sample>& samples);
}

// The inputs the tests and the benchmark use: `count` samples drawn from `seed`.
inline std::vector<Sample> make_samples(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  static const std::vector<std::string> regions = {"eu-west-3", "us-east-1", "ap-south-2",
                                                   "sa-east-1"};
  static const std::vector<std::string> metrics = {
      "http.server.request.duration.p99", "http.server.active_requests",
      "process.runtime.heap.used_bytes", "db.client.connections.wait_time",
      "messaging.kafka.consumer.lag"};
  std::vector<Sample> samples;
  samples.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    Sample sample;
    sample.host = "api-" + rng.pick(regions) + "-" + std::to_string(rng.between(1, 64)) +
                  ".prod.internal.example.net";
    sample.metric = rng.pick(metrics);
    sample.value = static_cast<double>(rng.between(0, 10'000'000)) / 1000.0;
    sample.timestamp = 1'700'000'000 + rng.between(0, 86'400);
    samples.push_back(std::move(sample));
  }
  return samples;
}

}  // namespace kata::string_concat
