// Your file: make prewarm fast. It starts as a copy of baseline.cpp.
// `kata check aos-to-soa` builds it, tests it against the baseline and measures it.
#include "kata.hpp"

namespace kata::aos_to_soa::solution {

namespace {

// The engine's particle: everything the simulation, the sorter and the renderer need, in
// one 64-byte object (one cache line), so that a particle is always "in one place".
struct Particle {
  float x, y, z;           // position, m
  float vx, vy, vz;        // velocity, m/s
  float r, g, b, a;        // colour, unpacked for blending
  float size;              // m
  float rotation, spin;    // the renderer turns the billboard by spin × age
  float birth, lifetime;   // effect clock at spawn, s; seconds visible
  std::uint32_t id;

  static Particle from(const Spawn& spawn) {
    const auto channel = [&spawn](int shift) {
      return static_cast<float>((spawn.colour >> shift) & 0xffu) * (1.0f / 255.0f);
    };
    return Particle{spawn.x,     spawn.y,        spawn.z,     spawn.vx,   spawn.vy,
                    spawn.vz,    channel(24),    channel(16), channel(8), channel(0),
                    spawn.size,  spawn.rotation, spawn.spin,  0.0f,       spawn.lifetime,
                    spawn.id};
  }

  // One frame of ballistic motion: gravity, then the move.
  void integrate(float dt) {
    vy -= kGravity * dt;
    x += vx * dt;
    y += vy * dt;
    z += vz * dt;
  }
};
static_assert(sizeof(Particle) == 64, "one particle, one cache line");

// The hand-off to the renderer: where every particle ended up, in spawn order.
std::vector<Position> positions_of(const std::vector<Particle>& particles) {
  std::vector<Position> positions;
  positions.reserve(particles.size());
  for (const Particle& particle : particles)
    positions.push_back(Position{particle.x, particle.y, particle.z});
  return positions;
}

}  // namespace

Prewarmed prewarm(const Effect& effect) {
  std::vector<Particle> particles;
  particles.reserve(effect.spawns.size());
  for (const Spawn& spawn : effect.spawns) particles.push_back(Particle::from(spawn));

  Prewarmed result;
  while (result.frames < kMaxFrames) {
    std::size_t rising = 0;
    for (Particle& particle : particles) {
      particle.integrate(kFrameSeconds);
      rising += particle.vy > 0.0f;
    }
    ++result.frames;
    if (rising * kSettledDivisor <= particles.size()) break;  // the burst has peaked
  }

  result.positions = positions_of(particles);
  return result;
}

}  // namespace kata::aos_to_soa::solution
