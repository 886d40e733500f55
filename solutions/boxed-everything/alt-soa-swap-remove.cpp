// Alternative: one array per field (structure of arrays), and a projectile that stops is
// replaced by the last one (swap and pop) in the same pass that moves them. The reports are
// sums and counts, so the order of the projectiles does not matter. Every array is read and
// written front to back: contiguous, like the reference, and a single pass per tick.
#include "kata.hpp"

namespace kata::boxed_everything::solution {

namespace {

struct Flying {
  std::vector<std::int32_t> x, y, vx, vy;
  std::vector<std::uint32_t> ticks_left;

  std::size_t size() const { return x.size(); }

  void add(const Spawn& spawn) {
    x.push_back(spawn.x);
    y.push_back(spawn.y);
    vx.push_back(spawn.vx);
    vy.push_back(spawn.vy);
    ticks_left.push_back(spawn.lifetime);
  }

  // Moves the last projectile into slot `i` and drops the last slot.
  void replace_with_last(std::size_t i) {
    x[i] = x.back();
    y[i] = y.back();
    vx[i] = vx.back();
    vy[i] = vy.back();
    ticks_left[i] = ticks_left.back();
    x.pop_back();
    y.pop_back();
    vx.pop_back();
    vy.pop_back();
    ticks_left.pop_back();
  }
};

void bounce(std::int32_t& position, std::int32_t& speed) {
  if (position < 0) {
    position = -position;
    speed = -speed;
  } else if (position >= kArenaSize) {
    position = 2 * (kArenaSize - 1) - position;
    speed = -speed;
  }
}

}  // namespace

std::vector<TickReport> simulate(const Match& match) {
  Flying flying;
  std::vector<TickReport> reports;
  reports.reserve(match.ticks);
  std::size_t next_spawn = 0;
  for (std::uint32_t tick = 0; tick < match.ticks; ++tick) {
    for (; next_spawn < match.spawns.size() && match.spawns[next_spawn].tick == tick; ++next_spawn)
      flying.add(match.spawns[next_spawn]);

    TickReport report;
    std::size_t i = 0;
    while (i < flying.size()) {
      if (--flying.ticks_left[i] == 0) {
        // Stops this tick; the last projectile (not yet moved this tick) takes its slot.
        flying.replace_with_last(i);
        continue;
      }
      std::int32_t x = flying.x[i] + flying.vx[i];
      std::int32_t y = flying.y[i] + flying.vy[i];
      bounce(x, flying.vx[i]);
      bounce(y, flying.vy[i]);
      flying.x[i] = x;
      flying.y[i] = y;
      ++report.in_flight;
      if (x >= kZoneLow && x < kZoneHigh && y >= kZoneLow && y < kZoneHigh) ++report.in_zone;
      report.checksum += static_cast<std::uint64_t>(x) * 2654435761u + static_cast<std::uint64_t>(y);
      ++i;
    }
    reports.push_back(report);
  }
  return reports;
}

}  // namespace kata::boxed_everything::solution
