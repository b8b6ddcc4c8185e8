// `azlint.verify` in the editor (lint/lsp/verify_command.h).
#include "lint/lsp/verify_command.h"

#include <filesystem>

#include "lint/scrub.h"
#include "lint/verify/report.h"

namespace azlint::lsp {
namespace {

using json = nlohmann::json;

// A list of strings, or why not.
bool strings(const json& j, const char* name, std::vector<std::string>& out, std::string& problem) {
  if (!j.contains(name)) return true;
  const json& v = j[name];
  if (v.is_string()) {
    out.push_back(v.get<std::string>());
    return true;
  }
  if (v.is_array()) {
    for (const json& s : v) {
      if (!s.is_string()) break;
      out.push_back(s.get<std::string>());
    }
    if (out.size() == v.size()) return true;
  }
  problem = std::string("initializationOptions.azlint.") + name + " must be a string or a list of strings";
  return false;
}

bool seconds(const json& j, const char* name, double lo, double hi, double& out, std::string& problem) {
  if (!j.contains(name)) return true;
  if (j[name].is_number() && j[name].get<double>() >= lo && j[name].get<double>() <= hi) {
    out = j[name].get<double>();
    return true;
  }
  problem = std::string("initializationOptions.azlint.") + name + " must be a number of seconds";
  return false;
}

}  // namespace

VerifySettings read_verify_settings(const json& init, std::string& problem) {
  VerifySettings s;
  if (!init.is_object() || !init.contains("azlint") || !init["azlint"].is_object()) return s;
  const json& a = init["azlint"];
  if (!a.contains("verify") || a["verify"] != true) return s;
  verify::ProbeOptions& p = s.probe;
  p.kind = verify::ProbeKind::Deployment;  // free: rejected before inference
  p.jobs = 1;
  p.retries = 1;
  p.max_retry_wait = 5;
  p.deadline_seconds = 30;
  p.transport.timeout_seconds = 10;
  bool ok = strings(a, "connect_to", p.transport.connect_to, problem) && strings(a, "resolve", p.transport.resolve, problem) &&
            strings(a, "allow_host", p.policy.allow_hosts, problem) &&
            seconds(a, "timeout", 0.1, 600, p.transport.timeout_seconds, problem) &&
            seconds(a, "deadline", 0.1, 600, p.deadline_seconds, problem);
  if (ok && a.contains("cacert")) {
    std::error_code ec;
    if (!a["cacert"].is_string() || !std::filesystem::is_regular_file(a["cacert"].get<std::string>(), ec)) {
      problem = "initializationOptions.azlint.cacert must name a file of CA certificates (PEM)";
      ok = false;
    } else {
      p.transport.cacert = a["cacert"].get<std::string>();
    }
  }
  if (ok && a.contains("allow_insecure")) {
    if (a["allow_insecure"].is_boolean()) {
      p.policy.allow_insecure = a["allow_insecure"].get<bool>();
    } else {
      problem = "initializationOptions.azlint.allow_insecure must be true or false";
      ok = false;
    }
  }
  for (const std::string& h : p.policy.allow_hosts)
    if (ok && (h.empty() || h.find_first_of("/@ ") != std::string::npos)) {
      problem = "initializationOptions.azlint.allow_host: \"" + h + "\" is not a host name";
      ok = false;
    }
  s.enabled = ok;
  return s;
}

VerifyArgs parse_verify_args(const json& arguments) {
  VerifyArgs out;
  const json* a = arguments.is_array() && !arguments.empty() ? &arguments[0] : &arguments;
  if (a->is_object()) {
    out.uri = a->value("uri", "");
    out.pointer = a->value("pointer", "");
  }
  return out;
}

Diagnostic probe_one(const verify::Target& target, const VerifySettings& settings, const std::vector<std::string>& secrets) {
  std::vector<verify::Target> one{target};
  std::vector<verify::Result> results = verify::run_probes(one, settings.probe);
  Diagnostic d = verify::to_diagnostic(results.at(0));
  Scrubber scrubber;
  scrubber.add(secrets);
  scrubber.add({target.auth.secret, target.auth.client_secret});
  d.message = scrubber.scrub(d.message);
  d.help = scrubber.scrub(d.help);
  return d;
}

}  // namespace azlint::lsp
