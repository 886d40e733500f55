#pragma once
// false-sharing: the interface the baseline and your solution share. Do not edit: the
// checker builds your solution.cpp against its own copy of this file.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kata/random.hpp"

namespace kata::false_sharing {

// IP protocol numbers the monitor tells apart.
inline constexpr std::uint8_t kIcmp = 1;
inline constexpr std::uint8_t kTcp = 6;
inline constexpr std::uint8_t kUdp = 17;

// TCP flag bits.
inline constexpr std::uint8_t kFin = 0x01;
inline constexpr std::uint8_t kSyn = 0x02;

// One captured packet's header summary, as the NIC driver hands it over (16 bytes).
struct Packet {
  std::uint32_t src_ip = 0;
  std::uint32_t dst_ip = 0;
  std::uint16_t src_port = 0;
  std::uint16_t dst_port = 0;
  std::uint16_t length = 0;   // bytes on the wire, IP header included
  std::uint8_t protocol = 0;  // kTcp, kUdp, kIcmp or anything else
  std::uint8_t tcp_flags = 0;
};

// One capture interval: the packets of each of the NIC's receive queues. The NIC spreads
// flows over its queues by hashing their addresses and ports (RSS), and the monitor runs
// one worker thread per queue. The appliance's NIC has at most kMaxQueues queues.
inline constexpr std::size_t kMaxQueues = 8;
struct Capture {
  std::vector<std::vector<Packet>> queues;
};

// What the monitor reports for one receive queue over the interval. Every packet counts in
// `packets`; a packet the ingress filter drops (is_dropped, below) counts in
// `dropped` and nowhere else; every other packet adds its length to `bytes` and counts in
// exactly one of tcp, udp, icmp, other.
struct QueueStats {
  std::uint64_t packets = 0;
  std::uint64_t bytes = 0;
  std::uint64_t tcp = 0;
  std::uint64_t udp = 0;
  std::uint64_t icmp = 0;
  std::uint64_t other = 0;
  std::uint64_t dropped = 0;
  friend bool operator==(const QueueStats&, const QueueStats&) = default;
};

// The ingress filter: malformed packets (shorter than their protocol's headers), TCP
// packets with both SYN and FIN set (a scanner's probe), and traffic to the blocked ports
// (telnet, SMB, RDP) are dropped.
inline bool is_dropped(const Packet& packet) {
  switch (packet.protocol) {
    case kTcp:
      if (packet.length < 40) return true;
      if ((packet.tcp_flags & (kSyn | kFin)) == (kSyn | kFin)) return true;
      return packet.dst_port == 23 || packet.dst_port == 445 || packet.dst_port == 3389;
    case kUdp:
      return packet.length < 28;
    case kIcmp:
      return packet.length < 28;
    default:
      return packet.length < 20;
  }
}

// Counts one capture interval: one QueueStats per receive queue, in queue order. Throws
// std::invalid_argument when the capture has more than kMaxQueues queues.
namespace baseline {
std::vector<QueueStats> count_traffic(const Capture& capture);
}
namespace solution {
std::vector<QueueStats> count_traffic(const Capture& capture);
}

// The inputs the tests and the benchmark use: `count` packets drawn from `seed`, spread
// over `queues` receive queues by a hash of their flow, as RSS does. Mostly TCP and UDP,
// a little ICMP and other protocols; about 3% of the packets are dropped by the filter.
inline Capture make_capture(std::size_t count, std::uint64_t seed, std::size_t queues = 2) {
  kata::random::Rng rng(seed);
  Capture capture;
  capture.queues.resize(queues);
  for (auto& queue : capture.queues) queue.reserve(count / (queues == 0 ? 1 : queues) + count / 16);
  if (queues == 0) return capture;
  for (std::size_t i = 0; i < count; ++i) {
    Packet packet;
    packet.src_ip = static_cast<std::uint32_t>(0x0a000000u | (rng.next() & 0xffffu));
    packet.dst_ip = static_cast<std::uint32_t>(rng.next());
    packet.src_port = static_cast<std::uint16_t>(rng.between(1024, 65535));
    const std::uint64_t kind = rng.next() % 100;
    if (kind < 60) {
      packet.protocol = kTcp;
      static constexpr std::uint16_t ports[] = {443, 443, 443, 80, 22, 8080, 5432, 445, 3389, 23};
      packet.dst_port = ports[rng.next() % 100 < 97 ? rng.next() % 7 : 7 + rng.next() % 3];
      packet.tcp_flags = static_cast<std::uint8_t>(rng.chance(0.01) ? kSyn | kFin : 0x10);
      packet.length = static_cast<std::uint16_t>(rng.chance(0.5) ? 52 : rng.between(40, 1500));
    } else if (kind < 92) {
      packet.protocol = kUdp;
      packet.dst_port = static_cast<std::uint16_t>(rng.chance(0.5) ? 53 : rng.between(1, 65535));
      packet.length = static_cast<std::uint16_t>(rng.between(28, 1400));
    } else if (kind < 97) {
      packet.protocol = kIcmp;
      packet.length = static_cast<std::uint16_t>(rng.between(28, 120));
    } else {
      packet.protocol = static_cast<std::uint8_t>(rng.chance(0.5) ? 47 /* GRE */ : 50 /* ESP */);
      packet.length = static_cast<std::uint16_t>(rng.between(20, 1500));
    }
    if (rng.chance(0.005)) packet.length = static_cast<std::uint16_t>(rng.between(0, 19));  // runt
    // RSS: the queue is a hash of the flow, so a flow's packets all land in one queue.
    std::uint64_t flow = (static_cast<std::uint64_t>(packet.src_ip) << 32) ^ packet.dst_ip ^
                         (static_cast<std::uint64_t>(packet.src_port) << 16) ^ packet.dst_port;
    flow = (flow ^ (flow >> 29)) * 0xbf58476d1ce4e5b9ULL;
    capture.queues[(flow >> 40) % queues].push_back(packet);
  }
  return capture;
}

}  // namespace kata::false_sharing
