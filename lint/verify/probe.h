// Runs the probes of `azlint verify`: builds each target's requests, gets Entra tokens, sends
// them concurrently with retries, and classifies the answers.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "lint/verify/classify.h"
#include "lint/verify/http.h"
#include "lint/verify/send_policy.h"
#include "lint/verify/targets.h"

namespace azlint::verify {

struct ProbeOptions {
  ProbeKind kind = ProbeKind::Deployment;
  TransportOptions transport;
  int jobs = 8;
  int retries = 2;               // extra attempts after a 429/503
  double max_retry_wait = 10;    // seconds; a longer Retry-After is reported, not waited for
  SendPolicy policy;             // where a credential may go (--allow-insecure, --allow-host)
  double deadline_seconds = 0;   // the whole run (--deadline); 0: none
  std::ostream* verbose = nullptr;  // one redacted line per request and answer
};

struct Result {
  const Target* target = nullptr;
  Status status = Status::Unexpected;
  long http_status = 0;  // 0: no HTTP answer
  std::string detail;
  std::string help;
  std::string request;   // "POST https://…" (no secrets)
};

// The requests a target's probe sends (the token request first for client credentials), with
// secret header values replaced by `<redacted>`: what --dry-run prints.
std::vector<HttpRequest> planned_requests(const Target& t, const ProbeOptions& options);
// Why send_policy would refuse one of the target's requests ("" when it would send them all):
// what --dry-run prints instead of sending.
std::string refusal(const Target& t, const ProbeOptions& options);
// Probe every target; results are in target order.
std::vector<Result> run_probes(const std::vector<Target>& targets, const ProbeOptions& options);

}  // namespace azlint::verify
