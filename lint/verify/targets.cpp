// Verify's targets: each gateway's resolution of its models (Gateway::resolve, lint/<id>/resolve.cpp)
// mapped to what the probes need, with where each credential came from.
#include "lint/verify/targets.h"

#include "lint/gateway.h"

namespace azlint::verify {
namespace {

Auth::Kind auth_kind(AuthKind k) {
  switch (k) {
    case AuthKind::None: return Auth::Kind::None;
    case AuthKind::ApiKey: return Auth::Kind::ApiKey;
    case AuthKind::Bearer: return Auth::Kind::Bearer;
    case AuthKind::BearerKey: return Auth::Kind::BearerKey;
    case AuthKind::EntraClientCredentials: return Auth::Kind::ClientCredentials;
  }
  return Auth::Kind::None;
}

TargetKind target_kind(RequestRoute route) {
  switch (route) {
    case RequestRoute::Proxy: return TargetKind::OpenAIModels;
    case RequestRoute::Resource: return TargetKind::AzureResource;
    case RequestRoute::Deployments:
    case RequestRoute::V1:
    case RequestRoute::Serverless: break;
  }
  return TargetKind::AzureDeployment;
}

Target to_target(const ResolvedRequest& r) {
  Target t;
  t.file = r.file;
  t.span = r.span;
  t.pointer = r.pointer;
  t.label = r.label;
  t.kind = target_kind(r.route);
  t.endpoint = r.endpoint.value;
  t.v1 = r.v1;
  t.deployment = r.deployment.value;
  t.api_version = r.api_version.value;
  t.operation = r.operation;
  t.v1_query = r.v1_query;
  t.reasoning = r.reasoning;
  t.url = r.fixed_url.value;
  t.skip_reason = r.skip_reason;
  t.fix_hint = r.fix_hint;
  t.version_field = r.version_field;
  Auth& a = t.auth;
  a.kind = auth_kind(r.auth.kind);
  a.secret = r.auth.secret.value;
  a.header = r.auth.header;
  a.tenant = r.auth.tenant.value;
  a.client_id = r.auth.client_id.value;
  a.client_secret = r.auth.client_secret.value;
  a.authority = r.auth.authority;
  a.scope = r.auth.scope;
  a.source = r.auth.source;
  return t;
}

// The credential is (or holds) a value of the process environment or of an env file: a config can
// name any host, so such a value goes only where send_policy allows a credential from there. A
// value a config copies into its own environment (LiteLLM `environment_variables: {K:
// os.environ/V}`) still counts as the environment's.
bool from_environment(const std::string& secret, const Env& env) {
  if (secret.empty()) return false;
  for (const std::string& name : env.names()) {
    const EnvEntry* e = env.find(name);
    if (!e || e->value.empty()) continue;
    if (e->value == secret || (e->value.size() >= 8 && secret.find(e->value) != std::string::npos)) return true;
  }
  return false;
}

}  // namespace

std::vector<Target> collect_targets(const Document& doc, const Env& env) {
  std::vector<Target> out;
  if (!doc.parsed || !doc.gateway) return out;
  // A request listed under another name too (titleModel, an OpenClaw default) is probed once.
  for (const ResolvedRequest& r : doc.gateway->resolve(doc, env))
    if (!r.alias) out.push_back(to_target(r));
  for (Target& t : out)
    t.auth.from_env = from_environment(t.auth.kind == Auth::Kind::ClientCredentials ? t.auth.client_secret : t.auth.secret, env);
  return out;
}

}  // namespace azlint::verify
