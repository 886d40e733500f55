// The projectile simulation as first written: every projectile is its own heap object.
// Never edited: the checker measures your solution against it.
#include <memory>

#include "kata.hpp"

namespace kata::boxed_everything::baseline {

namespace {

// A projectile in flight. Entities live on the heap in this engine, shared: other systems
// (hit detection, the replay recorder) keep pointers to them, which stay valid when the
// list of projectiles grows and keep an entity alive while they use it.
class Projectile {
 public:
  explicit Projectile(const Spawn& spawn)
      : x_(spawn.x), y_(spawn.y), vx_(spawn.vx), vy_(spawn.vy),
        ticks_left_(spawn.lifetime), owner_(spawn.owner) {}

  void advance() {
    x_ += vx_;
    y_ += vy_;
    bounce(x_, vx_);
    bounce(y_, vy_);
    --ticks_left_;
  }

  bool flying() const { return ticks_left_ > 0; }
  std::int32_t x() const { return x_; }
  std::int32_t y() const { return y_; }
  std::uint32_t owner() const { return owner_; }

 private:
  static void bounce(std::int32_t& position, std::int32_t& speed) {
    if (position < 0) {
      position = -position;
      speed = -speed;
    } else if (position >= kArenaSize) {
      position = 2 * (kArenaSize - 1) - position;
      speed = -speed;
    }
  }

  std::int32_t x_, y_, vx_, vy_;
  std::uint32_t ticks_left_;
  std::uint32_t owner_;
};

bool in_zone(const Projectile& projectile) {
  return projectile.x() >= kZoneLow && projectile.x() < kZoneHigh && projectile.y() >= kZoneLow &&
         projectile.y() < kZoneHigh;
}

}  // namespace

std::vector<TickReport> simulate(const Match& match) {
  std::vector<std::shared_ptr<Projectile>> flying;
  std::vector<TickReport> reports;
  reports.reserve(match.ticks);
  std::size_t next_spawn = 0;
  for (std::uint32_t tick = 0; tick < match.ticks; ++tick) {
    for (; next_spawn < match.spawns.size() && match.spawns[next_spawn].tick == tick; ++next_spawn)
      flying.push_back(std::make_shared<Projectile>(match.spawns[next_spawn]));

    for (const std::shared_ptr<Projectile>& projectile : flying) projectile->advance();
    std::erase_if(flying, [](const std::shared_ptr<Projectile>& projectile) { return !projectile->flying(); });

    TickReport report;
    for (const std::shared_ptr<Projectile>& projectile : flying) {
      ++report.in_flight;
      if (in_zone(*projectile)) ++report.in_zone;
      report.checksum += static_cast<std::uint64_t>(projectile->x()) * 2654435761u +
                         static_cast<std::uint64_t>(projectile->y());
    }
    reports.push_back(report);
  }
  return reports;
}

}  // namespace kata::boxed_everything::baseline
