#include "lint/loopback.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstdint>
#include <string>

#include "lint/ascii.h"
#include "lint/strings.h"

namespace azlint {
namespace {

std::string bare_host(std::string_view host) {
  std::string h = ascii_lower(host);
  if (h.size() > 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
  while (!h.empty() && h.back() == '.') h.pop_back();  // a fully qualified name's root dot
  return h;
}

bool private_v4(std::uint32_t a) {
  const auto in = [a](std::uint32_t net, int bits) { return (a >> (32 - bits)) == (net >> (32 - bits)); };
  return in(0x0A000000u, 8) || in(0xAC100000u, 12) || in(0xC0A80000u, 16) || in(0x64400000u, 10) ||
         in(0xA9FE0000u, 16);
}

}  // namespace

bool is_loopback_address(std::string_view host) {
  std::string h = ascii_lower(host);
  if (h.size() > 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
  if (h == "localhost") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, h.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  if (inet_pton(AF_INET6, h.c_str(), &v6) == 1) return IN6_IS_ADDR_LOOPBACK(&v6);
  return false;
}

bool is_rfc1918_address(std::string_view host) {
  const std::string h = bare_host(host);
  in_addr v4{};
  if (inet_pton(AF_INET, h.c_str(), &v4) != 1) return false;
  const std::uint32_t a = ntohl(v4.s_addr);
  return (a >> 24) == 10 || (a >> 20) == (0xAC100000u >> 20) || (a >> 16) == (0xC0A80000u >> 16);
}

HostScope host_scope(std::string_view host) {
  if (is_loopback_address(host)) return HostScope::Loopback;
  const std::string h = bare_host(host);
  if (h.empty()) return HostScope::Public;
  in_addr v4{};
  if (inet_pton(AF_INET, h.c_str(), &v4) == 1) return private_v4(ntohl(v4.s_addr)) ? HostScope::Private : HostScope::Public;
  in6_addr v6{};
  if (inet_pton(AF_INET6, h.c_str(), &v6) == 1) {
    if (IN6_IS_ADDR_V4MAPPED(&v6)) {
      const std::uint32_t a = (std::uint32_t{v6.s6_addr[12]} << 24) | (std::uint32_t{v6.s6_addr[13]} << 16) |
                              (std::uint32_t{v6.s6_addr[14]} << 8) | std::uint32_t{v6.s6_addr[15]};
      if ((a >> 24) == 127) return HostScope::Loopback;
      return private_v4(a) ? HostScope::Private : HostScope::Public;
    }
    const bool unique_local = (v6.s6_addr[0] & 0xFE) == 0xFC;                          // fc00::/7
    const bool link_local = v6.s6_addr[0] == 0xFE && (v6.s6_addr[1] & 0xC0) == 0x80;  // fe80::/10
    return unique_local || link_local ? HostScope::Private : HostScope::Public;
  }
  if (h == "localhost" || ends_with(h, ".localhost")) return HostScope::Loopback;
  if (h.find('.') == std::string::npos) return HostScope::Private;  // `litellm`: a Compose or cluster service
  if (ends_with(h, ".svc") || ends_with(h, ".cluster.local") || ends_with(h, ".internal") || ends_with(h, ".local"))
    return HostScope::Private;
  return HostScope::Public;
}

}  // namespace azlint
