// Partial fix: the structure of arrays is there, but only inside each frame. The engine's
// particles stay the 64-byte objects; every frame gathers position and velocity into six
// arrays, runs the (vectorised) update on them and scatters the results back into the
// particles. The update itself is fast, but every frame still reads and writes every
// particle's whole cache line (twice: gather and scatter), so the traffic that made the
// baseline slow is all still there. The layout has to be the storage the frames run on,
// converted once, not a per-frame view.
#include <cstddef>
#include <cstdint>

#include "kata.hpp"

namespace kata::aos_to_soa::solution {

namespace {

struct Particle {
  float x, y, z;
  float vx, vy, vz;
  float r, g, b, a;
  float size;
  float rotation, spin;
  float birth, lifetime;
  std::uint32_t id;
};

std::size_t integrate(float* __restrict x, float* __restrict y, float* __restrict z,
               const float* __restrict vx, float* __restrict vy, const float* __restrict vz,
               std::size_t count) {
  constexpr float dt = kFrameSeconds;
  const std::size_t bulk = count & ~std::size_t{7};
  std::uint32_t rising = 0;
  for (std::size_t i = 0; i < bulk; ++i) {
    vy[i] -= kGravity * dt;
    x[i] += vx[i] * dt;
    y[i] += vy[i] * dt;
    z[i] += vz[i] * dt;
    rising += vy[i] > 0.0f;
  }
  for (std::size_t i = bulk; i < count; ++i) {
    vy[i] -= kGravity * dt;
    x[i] += vx[i] * dt;
    y[i] += vy[i] * dt;
    z[i] += vz[i] * dt;
    rising += vy[i] > 0.0f;
  }
  return rising;
}

}  // namespace

Prewarmed prewarm(const Effect& effect) {
  const auto channel = [](std::uint32_t colour, int shift) {
    return static_cast<float>((colour >> shift) & 0xffu) * (1.0f / 255.0f);
  };
  std::vector<Particle> particles;
  particles.reserve(effect.spawns.size());
  for (const Spawn& s : effect.spawns)
    particles.push_back(Particle{s.x, s.y, s.z, s.vx, s.vy, s.vz, channel(s.colour, 24),
                                 channel(s.colour, 16), channel(s.colour, 8),
                                 channel(s.colour, 0), s.size, s.rotation, s.spin, 0.0f,
                                 s.lifetime, s.id});

  const std::size_t count = particles.size();
  std::vector<float> x(count), y(count), z(count), vx(count), vy(count), vz(count);
  Prewarmed result;
  while (result.frames < kMaxFrames) {
    for (std::size_t i = 0; i < count; ++i) {
      x[i] = particles[i].x;
      y[i] = particles[i].y;
      z[i] = particles[i].z;
      vx[i] = particles[i].vx;
      vy[i] = particles[i].vy;
      vz[i] = particles[i].vz;
    }
    const std::size_t rising =
        integrate(x.data(), y.data(), z.data(), vx.data(), vy.data(), vz.data(), count);
    for (std::size_t i = 0; i < count; ++i) {
      particles[i].x = x[i];
      particles[i].y = y[i];
      particles[i].z = z[i];
      particles[i].vy = vy[i];
    }
    ++result.frames;
    if (rising * kSettledDivisor <= count) break;
  }

  result.positions.reserve(count);
  for (const Particle& p : particles) result.positions.push_back(Position{p.x, p.y, p.z});
  return result;
}

}  // namespace kata::aos_to_soa::solution
