// Detector fixture: the baseline's array of fat particles with other names and shapes: the
// fields updated inline through an index (no member function), a counted frame loop with
// a flag instead of a while loop, `-=` and `+=` on other field names. The detector must
// still fire on the inner loop.
#include "kata.hpp"

namespace kata::aos_to_soa::solution {

namespace {

struct Spark {
  float pos_x, pos_y, pos_z;
  float vel_x, vel_y, vel_z;
  float tint[4];
  float radius, angle, angular_speed, born_at, ttl;
  std::uint32_t key;
};

}  // namespace

Prewarmed prewarm(const Effect& fx) {
  std::vector<Spark> sparks(fx.spawns.size());
  for (std::size_t k = 0; k < sparks.size(); ++k) {
    const Spawn& from = fx.spawns[k];
    sparks[k] = Spark{from.x,  from.y,  from.z,     from.vx,
                      from.vy, from.vz, {1, 1, 1, 1}, from.size,
                      from.rotation, from.spin, 0.0f, from.lifetime,
                      from.id};
  }
  Prewarmed out;
  bool done = false;
  for (int f = 0; f < kMaxFrames && !done; ++f) {
    std::size_t up = 0;
    for (std::size_t k = 0; k < sparks.size(); ++k) {
      Spark& s = sparks[k];
      s.vel_y -= kGravity * kFrameSeconds;
      s.pos_x += s.vel_x * kFrameSeconds;
      s.pos_y += s.vel_y * kFrameSeconds;
      s.pos_z += s.vel_z * kFrameSeconds;
      if (s.vel_y > 0) ++up;
    }
    out.frames = f + 1;
    done = up * kSettledDivisor <= sparks.size();
  }
  for (const Spark& s : sparks) out.positions.push_back({s.pos_x, s.pos_y, s.pos_z});
  return out;
}

}  // namespace kata::aos_to_soa::solution
