#include "rules/verify_registry.h"

#include <memory>
#include <string>

#include "lint/verify/classify.h"

namespace azlint {
namespace {

std::string_view summary_of(verify::Status s) {
  using verify::Status;
  switch (s) {
    case Status::Ok: return "the endpoint answered the probe: the deployment, key and api-version work";
    case Status::AuthFailed: return "the endpoint refused the key or token (401/403)";
    case Status::DeploymentNotFound: return "the endpoint has no deployment (or model) of that name";
    case Status::ApiVersionUnsupported: return "the endpoint does not accept the api-version";
    case Status::Throttled: return "the endpoint answered 429: the request is valid but over quota right now";
    case Status::Unreachable: return "no connection to the endpoint (DNS, refused, network)";
    case Status::TlsError: return "the TLS handshake with the endpoint failed";
    case Status::Timeout: return "the endpoint did not answer within the deadline";
    case Status::Unexpected: return "the endpoint answered something the probe does not recognise";
    case Status::Skipped: return "the target was not probed (unset variable, refused by the send policy)";
  }
  return "";
}

// One registry entry: metadata only, `check` never runs it.
class VerifyStatusRule final : public Rule {
 public:
  explicit VerifyStatusRule(verify::Status s) : id_("verify/" + std::string(verify::status_name(s))) {
    meta_.id = id_;
    meta_.summary = summary_of(s);
    meta_.severity = verify::status_severity(s);
    meta_.gateway = "";
  }
  const RuleMeta& meta() const override { return meta_; }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}

 private:
  std::string id_;
  RuleMeta meta_{};
};

}  // namespace

const std::vector<const Rule*>& verify_rules() {
  static const std::vector<std::unique_ptr<VerifyStatusRule>> owned = [] {
    std::vector<std::unique_ptr<VerifyStatusRule>> v;
    for (verify::Status s : verify::all_statuses()) v.push_back(std::make_unique<VerifyStatusRule>(s));
    return v;
  }();
  static const std::vector<const Rule*> rules = [] {
    std::vector<const Rule*> v;
    for (const auto& r : owned) v.push_back(r.get());
    return v;
  }();
  return rules;
}

const Rule* find_verify_rule(std::string_view id) {
  for (const Rule* r : verify_rules())
    if (r->meta().id == id) return r;
  return nullptr;
}

}  // namespace azlint
