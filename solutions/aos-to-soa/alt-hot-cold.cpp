// Alternative: hot/cold splitting, still an array of structs. The frame loop works on a
// 24-byte struct holding only what it reads and writes (position and velocity); colour,
// size, rotation and the rest are not built here (the renderer would keep them in an
// array of their own). A frame now streams 24 bytes per particle each way instead of 64,
// and every byte of every cache line it fetches is used. Neither compiler vectorises this
// loop well (x, y and z of one particle are adjacent, not four particles' x), which is why
// the structure of arrays in solution.cpp is faster still.
#include "kata.hpp"

namespace kata::aos_to_soa::solution {

namespace {

struct Motion {
  float x, y, z;
  float vx, vy, vz;
};

}  // namespace

Prewarmed prewarm(const Effect& effect) {
  std::vector<Motion> motion;
  motion.reserve(effect.spawns.size());
  for (const Spawn& s : effect.spawns) motion.push_back(Motion{s.x, s.y, s.z, s.vx, s.vy, s.vz});

  constexpr float dt = kFrameSeconds;
  Prewarmed result;
  for (bool settled = false; !settled && result.frames < kMaxFrames; ++result.frames) {
    std::size_t rising = 0;
    for (Motion& m : motion) {
      m.vy -= kGravity * dt;
      m.x += m.vx * dt;
      m.y += m.vy * dt;
      m.z += m.vz * dt;
      rising += m.vy > 0.0f ? 1 : 0;
    }
    settled = rising * kSettledDivisor <= motion.size();
  }

  result.positions.reserve(motion.size());
  for (const Motion& m : motion) result.positions.push_back(Position{m.x, m.y, m.z});
  return result;
}

}  // namespace kata::aos_to_soa::solution
