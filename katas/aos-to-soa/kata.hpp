#pragma once
// aos-to-soa: the interface the baseline and your solution share. Do not edit: the checker
// builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::aos_to_soa {

// One particle as the effect's emitter spawns it (48 bytes). Units: metres, seconds,
// radians; y points up.
struct Spawn {
  float x, y, z;            // where it starts
  float vx, vy, vz;         // its initial velocity, m/s
  std::uint32_t colour;     // 0xRRGGBBAA
  float size;               // billboard size, m
  float rotation;           // billboard rotation at birth
  float spin;               // billboard rotation speed, rad/s
  float lifetime;           // seconds it stays visible once the effect runs
  std::uint32_t id;         // stable id (the renderer sorts and picks variants by it)
};

// A weather or debris effect that a level streams in: every particle it starts with.
struct Effect {
  std::vector<Spawn> spawns;
};

// Pre-warm: before the effect is shown it is simulated, frame by frame, until the burst
// has peaked, so that it appears mid-flight instead of as a frozen cloud at the emitter.
// The pre-warm stops after the first frame at whose end at most one particle in
// kSettledDivisor is still rising (vy > 0), and after kMaxFrames frames at the latest.
inline constexpr int kMaxFrames = 60;
inline constexpr std::size_t kSettledDivisor = 20;
inline constexpr float kFrameSeconds = 1.0f / 60.0f;
inline constexpr float kGravity = 9.81f;  // m/s², pulls y down

// Where a particle is after pre-warming.
struct Position {
  float x, y, z;
  bool operator==(const Position&) const = default;
};

struct Prewarmed {
  int frames = 0;                    // frames simulated (at least 1)
  std::vector<Position> positions;   // every particle, in the order of effect.spawns
  bool operator==(const Prewarmed&) const = default;
};

// Simulates the effect frame by frame. In every frame, every particle takes this exact
// step, in float arithmetic and in this order:
//   vy -= kGravity * kFrameSeconds;
//   x += vx * kFrameSeconds;  y += vy * kFrameSeconds;  z += vz * kFrameSeconds;
// then the frame's rising particles (vy > 0 after the step) are counted; the pre-warm ends
// when rising * kSettledDivisor <= the number of particles, or after kMaxFrames frames.
namespace baseline {
Prewarmed prewarm(const Effect& effect);
}
namespace solution {
Prewarmed prewarm(const Effect& effect);
}

// The inputs the tests and the benchmark use: an effect of `count` particles drawn from
// `seed`: sparks and debris thrown up (0.5 to 2.5 m/s) and out of a 40 m × 40 m area, with
// random colours, sizes, spins and lifetimes. A large effect peaks after about 15 frames.
inline Effect make_effect(std::size_t count, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  const auto uniform = [&rng](float low, float high) {
    return low + (high - low) * static_cast<float>(rng.unit());
  };
  Effect effect;
  effect.spawns.reserve(count);
  const auto first_id = static_cast<std::uint32_t>(rng.next());
  for (std::size_t i = 0; i < count; ++i) {
    Spawn spawn{};
    spawn.x = uniform(-20.0f, 20.0f);
    spawn.y = uniform(0.0f, 3.0f);
    spawn.z = uniform(-20.0f, 20.0f);
    spawn.vx = uniform(-4.0f, 4.0f);
    spawn.vy = uniform(0.5f, 2.5f);
    spawn.vz = uniform(-4.0f, 4.0f);
    spawn.colour = static_cast<std::uint32_t>(rng.next()) | 0xffu;
    spawn.size = uniform(0.02f, 0.3f);
    spawn.rotation = uniform(0.0f, 6.2831853f);
    spawn.spin = uniform(-3.0f, 3.0f);
    spawn.lifetime = uniform(0.5f, 4.0f);
    spawn.id = first_id + static_cast<std::uint32_t>(i);
    effect.spawns.push_back(spawn);
  }
  return effect;
}

}  // namespace kata::aos_to_soa
