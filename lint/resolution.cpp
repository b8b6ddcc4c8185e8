// The parts of a resolved request every gateway builds the same way (lint/resolution.h).
#include "lint/resolution.h"

#include <algorithm>
#include <cctype>

#include "lint/percent_encode.h"
#include "lint/url.h"
#include "lint/verify/send_policy.h"

namespace azlint {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

Provenance from_config(const Node* node) {
  Provenance p;
  if (!node) return p;
  p.via = Provenance::Via::Config;
  p.span = node->span;
  p.pointer = node->pointer();
  return p;
}

Provenance from_env(const Env& env, const std::string& var, const Node* through) {
  Provenance p = from_config(through);
  p.via = Provenance::Via::Env;
  p.var = var;
  if (const EnvEntry* e = env.find(var)) {
    p.env_set = true;
    p.env_file = e->file;
    p.env_line = e->line;
  }
  return p;
}

Part config_part(const Node* node) {
  Part part;
  part.from = from_config(node);
  if (node && node->is_string()) part.value = node->text;
  return part;
}

Part env_part(const Env& env, const std::string& var, const Node* through) {
  Part part;
  part.from = from_env(env, var, through);
  if (const EnvEntry* e = env.find(var)) part.value = e->value;
  return part;
}

std::string request_url(const ResolvedRequest& r) {
  if (!r.skip_reason.empty() && r.unresolved.empty()) return "";
  if (!r.fixed_url.empty()) return r.fixed_url.value;
  switch (r.route) {
    case RequestRoute::Proxy: return r.endpoint.value + "/" + r.operation;
    case RequestRoute::Resource: return "";
    case RequestRoute::Serverless: return r.fixed_url.value;
    case RequestRoute::V1:
      return r.endpoint.value + "/openai/v1/" + r.operation +
             (r.v1_query ? "?api-version=" + (r.api_version.value.find("${") != std::string::npos ? r.api_version.value
                                                                                                  : percent_encode(r.api_version.value))
                         : "");
    case RequestRoute::Deployments: break;
  }
  if (r.endpoint.empty()) return "";
  // A part still holding `${VAR}` is shown as written, not encoded.
  auto part = [&](const std::string& v) { return v.find("${") != std::string::npos ? v : percent_encode(v); };
  return r.endpoint.value + "/openai/deployments/" + part(r.deployment.value) + "/" + r.operation + "?api-version=" +
         part(r.api_version.value);
}

bool is_reasoning_name(const std::string& name) {
  std::string n = lower(name);
  if (n.size() >= 2 && n[0] == 'o' && std::isdigit(static_cast<unsigned char>(n[1]))) return true;
  if (n.find("gpt-5") != std::string::npos || n.find("gpt5") != std::string::npos) return true;
  return n.find("/o1") != std::string::npos || n.find("/o3") != std::string::npos || n.find("/o4") != std::string::npos;
}

namespace resolution {

std::string trim_slash(std::string s) {
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

std::string env_value(const Env& env, const std::string& name) {
  const EnvEntry* e = env.find(name);
  return e ? e->value : std::string();
}

ResolvedRequest at(const Document& doc, const Node& node, std::string label) {
  ResolvedRequest r;
  r.file = doc.source;
  r.span = node.key_or_value_span();
  r.pointer = node.pointer();
  r.label = std::move(label);
  return r;
}

bool skip_without_scheme(ResolvedRequest& r, const std::string& url, const std::string& field) {
  if (verify::has_scheme(url)) return false;
  r.skip_reason = field + " has no scheme, and azlint never guesses one (curl would send the request over plain "
                  "http); `azlint check` reports it as url-format";
  return true;
}

std::string authority_from(const Env& env, const std::string& fallback) {
  std::string v = env_value(env, "AZURE_AUTHORITY_HOST");
  while (!v.empty() && (v.back() == '/' || v.back() == ' ')) v.pop_back();
  while (!v.empty() && v.front() == ' ') v.erase(v.begin());
  if (v.empty()) return fallback;
  return verify::has_scheme(v) ? v : "https://" + v;
}

void split_endpoint(ResolvedRequest& r, std::string base, Provenance from) {
  base = trim_slash(base);
  // The path begins after `scheme://authority` (the one splitter, lint/url.h); without a scheme
  // at the first `/`. Only a whole `/openai` segment of the path counts (not `/openai-proxy`, not
  // a host named openai…).
  const UrlParts parts = split_url(base);
  size_t path_at = parts.scheme.empty() ? base.find('/') : parts.origin.size();
  if (path_at == std::string::npos) path_at = base.size();
  const std::string path = lower(base.substr(path_at, base.find_first_of("?#", path_at) - path_at));
  auto segment_end = [&](size_t end) { return end == path.size() || path[end] == '/'; };
  for (size_t at = path.find("/openai"); at != std::string::npos; at = path.find("/openai", at + 1)) {
    if (!segment_end(at + 7)) continue;
    if (path.compare(at, 10, "/openai/v1") == 0 && segment_end(at + 10)) r.v1 = true;
    base = base.substr(0, path_at + at);
    break;
  }
  r.endpoint.value = base;
  r.endpoint.from = std::move(from);
}

void finish(ResolvedRequest& r) {
  if (r.route == RequestRoute::Deployments && r.v1) r.route = RequestRoute::V1;
  r.url = request_url(r);
}

void unresolved(ResolvedRequest& r, const std::string& var) {
  if (std::find(r.unresolved.begin(), r.unresolved.end(), var) == r.unresolved.end()) r.unresolved.push_back(var);
}

Param param_from(std::string name, const Node* value) {
  Param p;
  p.name = std::move(name);
  p.from = from_config(value);
  if (value) {
    p.value = value->text;
    p.string = value->is_string();
  }
  return p;
}

bool entra_from_env(ResolvedAuth& a, const Env& env) {
  a.authority = authority_from(env, a.authority);
  if (std::string tok = env_value(env, "AZURE_AD_TOKEN"); !tok.empty()) {
    a.kind = AuthKind::Bearer;
    a.secret = env_part(env, "AZURE_AD_TOKEN");
    a.source = "AZURE_AD_TOKEN";
    return true;
  }
  std::string tenant = env_value(env, "AZURE_TENANT_ID"), id = env_value(env, "AZURE_CLIENT_ID"),
              secret = env_value(env, "AZURE_CLIENT_SECRET");
  if (!tenant.empty() && !id.empty() && !secret.empty()) {
    a.kind = AuthKind::EntraClientCredentials;
    a.tenant = env_part(env, "AZURE_TENANT_ID");
    a.client_id = env_part(env, "AZURE_CLIENT_ID");
    a.client_secret = env_part(env, "AZURE_CLIENT_SECRET");
    a.source = "AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET";
    return true;
  }
  return false;
}

}  // namespace resolution
}  // namespace azlint
