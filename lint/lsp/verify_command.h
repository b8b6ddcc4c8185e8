// `azlint.verify` in the editor: verify's probe of one model (lint/verify/probe.h, the free
// `deployment` probe), offered only when the client sets `initializationOptions.azlint.verify:
// true` — the one editor action that touches the network and sends a key. Every rule of `azlint
// verify` holds: send_policy (hosts, where a key may go), the deadline, the scrubber; the
// options verify takes on its command line come only from initializationOptions.azlint:
//   {"verify": true, "cacert": FILE, "connect_to": ["HOST:PORT:HOST2:PORT2"], "resolve":
//    ["HOST:PORT:ADDR"], "allow_host": ["gateway.example.com"], "allow_insecure": false,
//    "timeout": 10, "deadline": 30}
// The probe runs on a worker thread (the reading loop never waits for it); its result comes back
// as a `verify/<status>` diagnostic on the model, which the next edit of the document clears.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lint/diagnostic.h"
#include "lint/verify/probe.h"

namespace azlint::lsp {

inline constexpr const char* kVerifyCommand = "azlint.verify";

struct VerifySettings {
  bool enabled = false;
  verify::ProbeOptions probe;  // kind, transport (cacert, connect_to, resolve, timeout), policy, deadline
};

// initializationOptions.azlint; what could not be used is said in `problem` (and ignored: the
// command stays off when a setting it needs is wrong).
VerifySettings read_verify_settings(const nlohmann::json& init, std::string& problem);

// The command's arguments: [{"uri": URI, "pointer": POINTER}] (what the code lens sends).
struct VerifyArgs {
  std::string uri;
  std::string pointer;
};
VerifyArgs parse_verify_args(const nlohmann::json& arguments);

// Probes one target (blocking; bounded by the settings' timeout and deadline) and returns its
// `verify/<status>` diagnostic, message and help scrubbed with `secrets` and every secret shape.
Diagnostic probe_one(const verify::Target& target, const VerifySettings& settings, const std::vector<std::string>& secrets);

}  // namespace azlint::lsp
