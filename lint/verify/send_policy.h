// The one rule for where `azlint verify` may send a credential (README, "Security"). Every
// request — each dialect's probe and the Entra token request — is cleared here before it is sent:
//   - the URL is parsed with libcurl's URL API and never gets a guessed scheme;
//   - a key, token or client secret goes over https:// to the host the config names, or over
//     http:// to a loopback address (127.0.0.0/8, ::1, localhost) and then never through a proxy;
//     --allow-insecure allows http:// to the named host (still never through a proxy);
//   - a credential from the process environment or an env file goes only to Azure OpenAI and
//     Azure AI hosts, an Entra authority host, loopback, or a host given with --allow-host.
#pragma once
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lint/loopback.h"  // is_loopback_address

namespace azlint::verify {

struct Credential {
  bool present = false;   // the request carries a key, a bearer token or a client secret
  bool from_env = false;  // taken from the process environment or an env file, not from the config
  std::string what;       // "a key", "a client secret", "an Entra token" (messages)
  std::string source;     // where it came from: `AZURE_API_KEY`, `apiKey` (messages; never the value)
};

struct SendPolicy {
  bool allow_insecure = false;           // --allow-insecure
  std::vector<std::string> allow_hosts;  // --allow-host (compared case-insensitively)
};

struct Clearance {
  bool ok = false;
  std::string url;      // the URL as libcurl parsed it: what is sent
  std::string host;     // lower case, IPv6 without brackets
  bool direct = false;  // connect without any proxy (cleartext)
  std::string reason;   // refused: why (names hosts and sources, never a value)
  std::string help;     // refused: what to change
};

Clearance clear_to_send(const std::string& url, const Credential& credential, const SendPolicy& policy);

// The two below are inline: the resolution of requests (lint/resolution.cpp, each gateway's
// resolve.cpp) asks them in every front, and must not pull in clear_to_send and, with it, the
// libcurl transport (lint/verify/http.h).
// A URL written with an explicit `scheme://` (what verify requires: a scheme is never guessed).
inline bool has_scheme(std::string_view url) {
  size_t sep = url.find("://");
  if (sep == std::string_view::npos || sep == 0 || !std::isalpha(static_cast<unsigned char>(url[0]))) return false;
  return std::all_of(url.begin(), url.begin() + static_cast<std::ptrdiff_t>(sep), [](char ch) {
    auto c = static_cast<unsigned char>(ch);
    return std::isalnum(c) || c == '+' || c == '-' || c == '.';
  });
}
// A DNS host label: 1-63 letters, digits and hyphens, not starting or ending with a hyphen.
inline bool is_host_label(std::string_view label) {
  if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
  return std::all_of(label.begin(), label.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
}

}  // namespace azlint::verify
