// Loopback as an address, not a string prefix: what `verify` may send a key to over plain http,
// and what `insecure-endpoint` lets pass.
#pragma once
#include <string_view>

namespace azlint {

// 127.0.0.0/8 (dotted quad) and ::1 parsed as addresses (brackets allowed), and the name
// `localhost`. `127.attacker.example.com` is a name, not an address.
bool is_loopback_address(std::string_view host);

}  // namespace azlint
