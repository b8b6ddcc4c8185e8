// OpenClaw field roles: each provider's baseUrl, apiKey (string or env SecretRef) and header
// values, and each model's id, baseUrl and headers.
#include "lint/openclaw/fields.h"

#include <cctype>
#include <string>

#include "lint/openclaw/view.h"
#include "lint/url.h"

namespace azlint::openclaw {
namespace {

// The label is kept in the document's arena.
Field make(const Document& doc, const Node* n, FieldRole role, bool resolves_env, std::string_view label) {
  Field f;
  f.set_label(doc.arena->keep(label));
  f.node = n;
  f.role = role;
  f.resolves_env = resolves_env;
  f.env_syntax = EnvSyntax::DollarBraceUpper;
  return f;
}

// A string, or the `id` of an env SecretRef, as a field of this role.
void add_secret(std::vector<Field>& out, const Document& doc, const Node* n, FieldRole role, const std::string& label) {
  if (!n) return;
  if (n->is_string()) {
    out.push_back(make(doc, n, role, true, label));
    return;
  }
  if (!n->is_mapping()) return;
  const Node* source = n->get("source");
  const Node* id = n->get("id");
  if (!source || !source->is_string() || source->text != "env" || !id || !id->is_string()) return;
  Field f = make(doc, id, role, true, label);
  f.env_secret_ref = true;
  out.push_back(std::move(f));
}

void add_headers(std::vector<Field>& out, const Document& doc, const Node* headers, const std::string& owner) {
  if (!headers || !headers->is_mapping()) return;
  for (const Member& m : headers->members())
    add_secret(out, doc, &m.value, FieldRole::Header, owner + "." + m.key.text);
}

bool credential_header(const Node* headers) {
  if (!headers || !headers->is_mapping()) return false;
  for (const Member& m : headers->members()) {
    std::string k = m.key.text;
    for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (k.find("key") != std::string::npos || k.find("auth") != std::string::npos ||
        k.find("token") != std::string::npos)
      return true;
  }
  return false;
}

// A model id goes to a chat-completions route that serves OpenAI's own model names: the
// openai-completions adapter (the default when `api` is absent) on OpenAI or on Azure's v1 route
// (any other Azure path is openclaw/azure-direct's finding). Behind a proxy or gateway the id is
// that endpoint's alias, whose route azlint cannot see.
bool direct_chat_route(std::string_view api, const Node* base_url) {
  if (!api.empty() && api != "openai-completions") return false;
  if (!base_url) return false;
  std::string_view url = base_url->text;
  const UrlParts parts = split_url(url);
  if (parts.host == "api.openai.com") return true;
  if (!is_azure_host(parts.host)) return false;
  return !parts.rest.empty() && is_azure_v1_path(parts.rest);
}

}  // namespace

std::vector<Field> collect_fields(const Document& doc) {
  std::vector<Field> out;
  const View view = build_view(doc);
  for (const Provider& p : view.providers) {
    const Node& pn = p.node();
    // Fields are named by their path, as OpenClaw's own messages do: models.providers.<id>.baseUrl
    const std::string owner = "models.providers." + std::string(p.id);
    const Node* request = pn.get("request");
    const Node* request_headers = request && request->is_mapping() ? request->get("headers") : nullptr;
    const bool sends_key = p.has_api_key() || credential_header(p.headers) || credential_header(request_headers);
    if (p.base_url) {
      Field f = make(doc, p.base_url, FieldRole::Url, true, owner + ".baseUrl");
      f.sends_key = sends_key;
      f.chat_route = p.api == nullptr || p.api->text == "openai-completions";
      out.push_back(std::move(f));
    }
    add_secret(out, doc, p.api_key, FieldRole::ApiKey, owner + ".apiKey");
    add_headers(out, doc, p.headers, owner + ".headers");
    add_headers(out, doc, request_headers, owner + ".request.headers");
    for (const Model& m : p.models) {
      const std::string path = owner + ".models[" + std::to_string(m.index) + "]";
      if (m.id) {
        Field f = make(doc, m.id, FieldRole::ModelName, false, "model \"" + m.id->text + "\" of provider \"" + std::string(p.id) + "\"");
        f.chat_route = direct_chat_route(p.api_for(m), p.base_url_for(m));
        f.model_use = ModelUse::Text;
        out.push_back(std::move(f));
      }
      if (m.base_url) {
        Field f = make(doc, m.base_url, FieldRole::Url, true, path + ".baseUrl");
        f.sends_key = sends_key;
        f.chat_route = p.api_for(m).empty() || p.api_for(m) == "openai-completions";
        out.push_back(std::move(f));
      }
      add_headers(out, doc, m.headers, path + ".headers");
    }
  }
  return out;
}

}  // namespace azlint::openclaw
