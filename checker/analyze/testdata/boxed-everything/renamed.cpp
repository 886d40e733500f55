// Detector fixture: the baseline's boxed projectiles with other names, held as shared_ptrs
// in a class member behind a type alias, plus a local vector of raw pointers, index loops
// and a while loop. The boxed-elements detector must still fire.
#include <memory>

#include "kata.hpp"

namespace kata::boxed_everything::solution {

namespace {

struct Shot {
  std::int32_t px, py, dx, dy;
  std::uint32_t left;
};

using ShotList = std::vector<std::shared_ptr<Shot>>;

class World {
 public:
  void fire(const Spawn& s) { shots_.push_back(std::make_shared<Shot>(Shot{s.x, s.y, s.vx, s.vy, s.lifetime})); }

  TickReport step() {
    TickReport r;
    std::vector<Shot*> alive;
    for (std::size_t k = 0; k < shots_.size(); ++k) {
      Shot& s = *shots_[k];
      s.px += s.dx;
      s.py += s.dy;
      if (s.px < 0) { s.px = -s.px; s.dx = -s.dx; }
      if (s.px >= kArenaSize) { s.px = 2 * (kArenaSize - 1) - s.px; s.dx = -s.dx; }
      if (s.py < 0) { s.py = -s.py; s.dy = -s.dy; }
      if (s.py >= kArenaSize) { s.py = 2 * (kArenaSize - 1) - s.py; s.dy = -s.dy; }
      if (--s.left > 0) alive.push_back(&s);
    }
    std::size_t k = 0;
    while (k < alive.size()) {
      const Shot& s = *alive[k++];
      ++r.in_flight;
      if (s.px >= kZoneLow && s.px < kZoneHigh && s.py >= kZoneLow && s.py < kZoneHigh) ++r.in_zone;
      r.checksum += static_cast<std::uint64_t>(s.px) * 2654435761u + static_cast<std::uint64_t>(s.py);
    }
    std::erase_if(shots_, [](const std::shared_ptr<Shot>& s) { return s->left == 0; });
    return r;
  }

 private:
  ShotList shots_;
};

}  // namespace

std::vector<TickReport> simulate(const Match& m) {
  World world;
  std::vector<TickReport> out;
  std::size_t n = 0;
  for (std::uint32_t t = 0; t < m.ticks; ++t) {
    while (n < m.spawns.size() && m.spawns[n].tick == t) world.fire(m.spawns[n++]);
    out.push_back(world.step());
  }
  return out;
}

}  // namespace kata::boxed_everything::solution
