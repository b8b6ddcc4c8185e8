// `azlint show`'s JSON object and text block of one resolved request (lint/show/render.h).
#include "lint/show/render.h"

#include <filesystem>

#include <fmt/format.h>

namespace azlint::show {
namespace {

using json = nlohmann::ordered_json;

std::string where(const SourceFile& file, const Span& span) {
  Position p = file.position(span.begin);
  return fmt::format("{}:{}:{}", file.path(), p.line, p.column);
}

// An env file as a path relative to the working directory when it is below it.
std::string shown_path(const std::string& path) {
  std::error_code ec;
  std::filesystem::path cwd = std::filesystem::current_path(ec);
  if (ec || path.empty() || path[0] != '/') return path;
  std::filesystem::path rel = std::filesystem::path(path).lexically_relative(cwd);
  if (rel.empty() || *rel.begin() == "..") return path;
  return rel.string();
}

std::string env_source(const Provenance& p) {
  if (!p.env_set) return "";
  if (p.env_file.empty()) return "process environment";
  return fmt::format("{}:{}", shown_path(p.env_file), p.env_line);
}

json provenance_json(const SourceFile& file, const Provenance& p) {
  json j = json::object();
  const bool at_node = p.via != Provenance::Via::Default && !p.pointer.empty();
  if (at_node) {
    Position pos = file.position(p.span.begin);
    j["file"] = file.path();
    j["line"] = pos.line;
    j["column"] = pos.column;
  } else {
    j["file"] = nullptr;
    j["line"] = nullptr;
    j["column"] = nullptr;
  }
  j["via"] = p.via == Provenance::Via::Env ? "env" : p.via == Provenance::Via::Config ? "config" : "default";
  j["var"] = p.var.empty() ? json(nullptr) : json(p.var);
  std::string src = env_source(p);
  j["env_source"] = src.empty() ? json(nullptr) : json(src);
  return j;
}

// Where a part came from, as the text block says it.
std::string provenance_text(const SourceFile& file, const Provenance& p) {
  if (p.via == Provenance::Via::Default) return "default";
  std::string out;
  if (p.via == Provenance::Via::Env) {
    std::string src = env_source(p);
    out = fmt::format("${{{}}} ({})", p.var, src.empty() ? "unset" : src);
    if (!p.pointer.empty()) out += " via " + where(file, p.span);
    return out;
  }
  return where(file, p.span);
}

json param_value(const Param& p) {
  if (p.string) return p.value;
  json v = json::parse(p.value, nullptr, false);
  return v.is_discarded() || v.is_object() || v.is_array() ? json(p.value) : v;
}

std::string unresolved_note(const ResolvedRequest& r) {
  std::string out;
  for (const std::string& v : r.unresolved) out += (out.empty() ? "" : ", ") + v;
  return out.empty() ? out : "(" + out + " unset)";
}

// The api-version goes out on the deployments route (and in a LibreChat baseURL or serverless URL
// that carries it); the v1 route (but OpenClaw's azure-openai-responses, which adds it) and an
// OpenAI-compatible proxy take none.
bool sends_version(const ResolvedRequest& r) {
  return !r.api_version.empty() && r.route != RequestRoute::Proxy && (r.route != RequestRoute::V1 || r.v1_query);
}

}  // namespace

const char* route_name(RequestRoute route) {
  switch (route) {
    case RequestRoute::Deployments: return "deployments";
    case RequestRoute::V1: return "v1";
    case RequestRoute::Serverless: return "serverless";
    case RequestRoute::Proxy: return "proxy";
    case RequestRoute::Resource: break;
  }
  return nullptr;
}

const char* auth_name(AuthKind kind) {
  switch (kind) {
    case AuthKind::ApiKey: return "api-key";
    case AuthKind::Bearer:
    case AuthKind::BearerKey: return "bearer";
    case AuthKind::EntraClientCredentials: return "entra-client-credentials";
    case AuthKind::None: break;
  }
  return "none";
}

json request_json(const ResolvedRequest& r) {
  const SourceFile& file = *r.file;
  Position pos = file.position(r.span.begin);
  json req = json::object();
  req["method"] = r.method;
  req["url"] = r.url.empty() ? json(nullptr) : json(r.url);
  req["deployment"] = r.deployment.empty() ? json(nullptr) : json(r.deployment.value);
  req["api_version"] = sends_version(r) ? json(r.api_version.value) : json(nullptr);
  const char* route = route_name(r.route);
  req["route"] = route ? json(route) : json(nullptr);
  req["auth"] = auth_name(r.auth.kind);
  json added = json::object(), dropped = json::array();
  for (const Param& p : r.params_added) added[p.name] = param_value(p);
  for (const Param& p : r.params_dropped) dropped.push_back(p.name);
  req["params"] = {{"added", std::move(added)}, {"dropped", std::move(dropped)}};

  json prov = json::object();
  auto part = [&](const char* name, const Part& p) {
    if (!p.empty() || p.from.via != Provenance::Via::Default) prov[name] = provenance_json(file, p.from);
  };
  part("endpoint", r.fixed_url.empty() ? r.endpoint : r.fixed_url);
  part("deployment", r.deployment);
  if (sends_version(r)) part("api_version", r.api_version);
  if (r.auth.kind == AuthKind::EntraClientCredentials) {
    part("tenant", r.auth.tenant);
    part("client_id", r.auth.client_id);
    part("client_secret", r.auth.client_secret);
  } else if (r.auth.kind != AuthKind::None) {
    part("auth", r.auth.secret);
  }
  for (const Param& p : r.params_added) prov["params.added." + p.name] = provenance_json(file, p.from);
  for (const Param& p : r.params_dropped) prov["params.dropped." + p.name] = provenance_json(file, p.from);

  json j = json::object();
  j["model"] = r.model;
  j["line"] = pos.line;
  j["column"] = pos.column;
  j["role"] = r.role;
  j["request"] = std::move(req);
  j["provenance"] = std::move(prov);
  j["unresolved"] = r.unresolved;
  if (!r.note.empty()) j["note"] = r.note;
  if (!r.skip_reason.empty() && r.skip_reason != r.note) j["not_sent"] = r.skip_reason;
  return j;
}

std::vector<std::string> request_lines(const ResolvedRequest& r) {
  const SourceFile& file = *r.file;
  std::vector<std::string> out;
  out.push_back(fmt::format("{}  ({})  {}", r.model.empty() ? r.label : r.model, r.role, where(file, r.span)));
  if (!r.url.empty()) out.push_back(fmt::format("  {} {}{}", r.method, r.url, r.unresolved.empty() ? "" : "  " + unresolved_note(r)));
  else if (!r.note.empty()) out.push_back("  " + r.note);
  auto row = [&](const char* name, const std::string& value, const Provenance* from) {
    std::string line = fmt::format("    {:<12} {}", name, value);
    if (from) line = fmt::format("{:<60}  {}", line, provenance_text(file, *from));
    out.push_back(line);
  };
  if (const char* route = route_name(r.route)) row("route", route, nullptr);
  const Part& endpoint = r.fixed_url.empty() ? r.endpoint : r.fixed_url;
  if (!endpoint.empty()) row("endpoint", r.endpoint.value, &endpoint.from);
  if (!r.deployment.empty()) row("deployment", r.deployment.value, &r.deployment.from);
  if (sends_version(r)) row("api_version", r.api_version.value, &r.api_version.from);
  if (r.auth.kind == AuthKind::EntraClientCredentials) {
    row("auth", "entra-client-credentials", &r.auth.client_secret.from);
  } else if (r.auth.kind == AuthKind::ApiKey) {
    row("auth", "api-key (header api-key)", &r.auth.secret.from);
  } else if (r.auth.kind != AuthKind::None) {
    row("auth", "bearer (header Authorization)", &r.auth.secret.from);
  } else {
    row("auth", "none", nullptr);
  }
  for (const Param& p : r.params_added) row("added", p.name + "=" + (p.string ? "\"" + p.value + "\"" : p.value), &p.from);
  for (const Param& p : r.params_dropped) row("dropped", p.name, &p.from);
  if (!r.unresolved.empty()) row("unresolved", unresolved_note(r), nullptr);
  if (!r.skip_reason.empty() && r.skip_reason != r.note) row("not sent", r.skip_reason, nullptr);
  return out;
}

std::vector<std::pair<std::string, std::string>> comparable_parts(const ResolvedRequest& r) {
  std::string added, dropped;
  for (const Param& p : r.params_added) added += (added.empty() ? "" : ", ") + p.name + "=" + p.value;
  for (const Param& p : r.params_dropped) dropped += (dropped.empty() ? "" : ", ") + p.name;
  const char* route = route_name(r.route);
  return {{"url", r.url},
          {"deployment", r.deployment.value},
          {"api_version", sends_version(r) ? r.api_version.value : ""},
          {"route", route ? route : ""},
          {"auth", auth_name(r.auth.kind)},
          {"params.added", added},
          {"params.dropped", dropped},
          {"not_sent", r.skip_reason}};
}

}  // namespace azlint::show
