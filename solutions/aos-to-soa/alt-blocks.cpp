// Alternative: an array of structures of arrays ("AoSoA"). Particles are stored in blocks
// of 16; inside a block each field is an array of 16 floats. The frame loop still reads
// only the six arrays it needs, and its inner trip count is the constant 16, so both
// compilers turn it into SSE code with no leftover loop and no overlap check (the arrays
// are members of one struct, so they cannot overlap). The last block is padded with
// zeros; the padding lanes are computed but not counted. One allocation holds everything.
#include <cstddef>
#include <cstdint>

#include "kata.hpp"

namespace kata::aos_to_soa::solution {

namespace {

constexpr std::size_t kLanes = 16;

struct Block {
  float x[kLanes], y[kLanes], z[kLanes];
  float vx[kLanes], vy[kLanes], vz[kLanes];
};

// One frame for a block; returns how many of its lanes are rising (padding lanes start
// at rest, fall from the first frame on, and are never counted).
std::uint32_t step(Block& block) {
  constexpr float dt = kFrameSeconds;
  std::uint32_t rising = 0;
  for (std::size_t lane = 0; lane < kLanes; ++lane) {
    block.vy[lane] -= kGravity * dt;
    block.x[lane] += block.vx[lane] * dt;
    block.y[lane] += block.vy[lane] * dt;
    block.z[lane] += block.vz[lane] * dt;
    rising += block.vy[lane] > 0.0f;
  }
  return rising;
}

}  // namespace

Prewarmed prewarm(const Effect& effect) {
  const std::size_t count = effect.spawns.size();
  std::vector<Block> blocks((count + kLanes - 1) / kLanes, Block{});
  for (std::size_t i = 0; i < count; ++i) {
    const Spawn& s = effect.spawns[i];
    Block& block = blocks[i / kLanes];
    const std::size_t lane = i % kLanes;
    block.x[lane] = s.x;
    block.y[lane] = s.y;
    block.z[lane] = s.z;
    block.vx[lane] = s.vx;
    block.vy[lane] = s.vy;
    block.vz[lane] = s.vz;
  }

  Prewarmed result;
  while (result.frames < kMaxFrames) {
    std::size_t rising = 0;
    for (Block& block : blocks) rising += step(block);
    ++result.frames;
    if (rising * kSettledDivisor <= count) break;
  }

  std::vector<Position>& positions = result.positions;
  positions.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    const Block& block = blocks[i / kLanes];
    const std::size_t lane = i % kLanes;
    positions[i] = Position{block.x[lane], block.y[lane], block.z[lane]};
  }
  return result;
}

}  // namespace kata::aos_to_soa::solution
