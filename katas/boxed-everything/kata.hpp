#pragma once
// boxed-everything: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::boxed_everything {

// The arena is a square of kArenaSize × kArenaSize world units; positions are in
// [0, kArenaSize), speeds in (-kMaxSpeed, kMaxSpeed) units per tick on each axis.
inline constexpr std::int32_t kArenaSize = 1 << 20;
inline constexpr std::int32_t kMaxSpeed = kArenaSize / 16;
// The capture zone in the middle of the map: [kZoneLow, kZoneHigh) on both axes.
inline constexpr std::int32_t kZoneLow = kArenaSize / 2 - kArenaSize / 32;
inline constexpr std::int32_t kZoneHigh = kArenaSize / 2 + kArenaSize / 32;

// One projectile fired by a player, as the match's input log records it.
struct Spawn {
  std::uint32_t tick = 0;      // the tick it is fired in
  std::int32_t x = 0, y = 0;   // where
  std::int32_t vx = 0, vy = 0;  // its velocity
  std::uint32_t lifetime = 1;  // how many ticks it flies (at least 1)
  std::uint32_t owner = 0;     // the player who fired it
};

// A stretch of a match: `ticks` ticks and the projectiles fired in them, in tick order
// (every spawn's tick is below `ticks`).
struct Match {
  std::uint32_t ticks = 0;
  std::vector<Spawn> spawns;
};

// What the server publishes after each tick (the clients compare the checksum with their
// own simulation to detect a desync).
struct TickReport {
  std::uint32_t in_flight = 0;  // projectiles still flying after the tick
  std::uint32_t in_zone = 0;    // ... of them inside the capture zone
  std::uint64_t checksum = 0;   // sum over them of x * 2654435761 + y, modulo 2^64
  bool operator==(const TickReport&) const = default;
};

// Simulates the match tick by tick. In tick t:
//   1. the projectiles fired in tick t start flying;
//   2. every flying projectile moves: x += vx, y += vy. One that leaves the arena bounces
//      back in: if x < 0, then x = -x and vx = -vx; if x >= kArenaSize, then
//      x = 2 * (kArenaSize - 1) - x and vx = -vx (the same for y);
//   3. its remaining lifetime drops by one; those at zero stop flying;
//   4. the tick's report is taken over the projectiles still flying.
// Returns one report per tick, in tick order.
namespace baseline {
std::vector<TickReport> simulate(const Match& match);
}
namespace solution {
std::vector<TickReport> simulate(const Match& match);
}

// Ticks in a generated match, and the longest lifetime a generated projectile has.
inline constexpr std::uint32_t kTicks = 16;
inline constexpr std::uint32_t kMaxLifetime = 8;

// The inputs the tests and the benchmark use: a match of kTicks ticks in which about
// 2 * `in_flight` / (kMaxLifetime + 1) projectiles are fired per tick, each flying
// 1-kMaxLifetime ticks, so that about `in_flight` are in the air once the first
// kMaxLifetime ticks have passed; drawn from `seed`.
inline Match make_match(std::size_t in_flight, std::uint64_t seed) {
  kata::random::Rng rng(seed);
  Match match;
  match.ticks = kTicks;
  const auto per_tick = static_cast<std::int64_t>(2 * in_flight / (kMaxLifetime + 1));
  match.spawns.reserve(static_cast<std::size_t>(per_tick + per_tick / 8 + 1) * kTicks);
  for (std::uint32_t tick = 0; tick < kTicks; ++tick) {
    const std::int64_t fired = rng.between(per_tick - per_tick / 8, per_tick + per_tick / 8);
    for (std::int64_t i = 0; i < fired; ++i) {
      Spawn spawn;
      spawn.tick = tick;
      spawn.x = static_cast<std::int32_t>(rng.between(0, kArenaSize - 1));
      spawn.y = static_cast<std::int32_t>(rng.between(0, kArenaSize - 1));
      spawn.vx = static_cast<std::int32_t>(rng.between(-kMaxSpeed + 1, kMaxSpeed - 1));
      spawn.vy = static_cast<std::int32_t>(rng.between(-kMaxSpeed + 1, kMaxSpeed - 1));
      spawn.lifetime = static_cast<std::uint32_t>(rng.between(1, kMaxLifetime));
      spawn.owner = static_cast<std::uint32_t>(rng.between(0, 63));
      match.spawns.push_back(spawn);
    }
  }
  return match;
}

}  // namespace kata::boxed_everything
