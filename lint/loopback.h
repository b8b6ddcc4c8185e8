// Where a host is, as an address and not as a string prefix: loopback (what `verify` may send a
// key to over plain http, and what `insecure-endpoint` lets pass), and the private and
// cluster-local hosts `insecure-endpoint` reports as a warning rather than an error. The one place
// hosts are classified.
#pragma once
#include <string_view>

namespace azlint {

// 127.0.0.0/8 (dotted quad) and ::1 parsed as addresses (brackets allowed), and the name
// `localhost`. `127.attacker.example.com` is a name, not an address.
bool is_loopback_address(std::string_view host);

// 10/8, 172.16/12 and 192.168/16 as a dotted quad (RFC 1918 only: no CGNAT, no link-local).
bool is_rfc1918_address(std::string_view host);

enum class HostScope {
  Loopback,  // is_loopback_address, or a name under `.localhost`
  Private,   // a private-range address, a cluster-local name, or a single-label name
  Public,    // anything else
};

// Private: 10/8, 172.16/12, 192.168/16, 100.64/10 (carrier-grade NAT), 169.254/16 and
// fe80::/10 (link-local), fc00::/7 (unique local) as addresses; names ending in `.svc`,
// `.cluster.local`, `.internal` or `.local`; a single-label name (`litellm`, a Compose service).
HostScope host_scope(std::string_view host);

}  // namespace azlint
