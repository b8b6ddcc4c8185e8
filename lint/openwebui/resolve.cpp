// How Open WebUI calls an Azure connection: its URL as the endpoint, `api_version` from the
// connection's config (default 2023-03-15-preview), and the key at the same index as `api-key`
// or Entra from the environment (`auth_type`).
#include "lint/openwebui/resolve.h"

#include "lint/openwebui/fields.h"

namespace azlint::openwebui {

using namespace resolution;

std::vector<ResolvedRequest> resolve_requests(const Document& doc, const Env& env) {
  std::vector<ResolvedRequest> out;
  View view = build_view(doc);
  for (const Connection& c : view.connections) {
    if (!c.azure() || !c.enabled || !c.url) continue;
    ResolvedRequest proto = at(doc, *c.url, c.label());
    split_endpoint(proto, c.url->text, from_config(c.url));
    skip_without_scheme(proto, c.url->text, "the connection's URL");
    const bool classic = v1_base_end(c.url->text) == std::string::npos;
    if (classic) proto.endpoint.value = trim_slash(c.url->text);
    // A v1 base is used as written: Open WebUI appends /chat/completions to it, so a path after
    // /openai/v1 stays in the URL (openwebui/azure-url-format).
    if (!classic && proto.skip_reason.empty() && !trim_slash(std::string(c.url->text.substr(v1_base_end(c.url->text)))).empty())
      proto.fixed_url = {trim_slash(c.url->text) + "/chat/completions", from_config(c.url)};
    const Node* ver = c.cfg_string("api_version");
    proto.api_version = ver ? config_part(ver) : Part{"2023-03-15-preview", {}};
    const Node* auth = c.cfg_string("auth_type");
    std::string type = auth ? auth->text : "";
    if (type == "azure_ad" || type == "microsoft_entra_id") {
      if (!entra_from_env(proto.auth, env))
        proto.skip_reason = "auth_type " + type + " needs AZURE_AD_TOKEN or AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET";
    } else if (c.key && !c.key->text.empty()) {
      proto.auth.kind = AuthKind::ApiKey;
      proto.auth.header = "api-key";
      proto.auth.secret = config_part(c.key);
      proto.auth.source = view.keys_name + "[" + std::to_string(c.index) + "]";
    }
    proto.fix_hint = "list the resource's deployment names in model_ids";
    proto.version_field = ver ? "api_version" : "api_version (Open WebUI's default is 2023-03-15-preview, retired)";
    const Node* cfg = c.cfg();
    const Node* ids = cfg ? cfg->get("model_ids") : nullptr;
    bool any = false;
    if (ids && ids->is_sequence()) {
      for (const Node& id : ids->items()) {
        if (!id.is_string() || id.text.empty()) continue;
        ResolvedRequest t = proto;
        t.span = id.span;
        t.pointer = id.pointer();
        t.label = c.label() + ", model_ids \"" + id.text + "\"";
        t.model = id.text;
        t.deployment = config_part(&id);
        t.reasoning = is_reasoning_name(id.text);
        // The classic route keeps the connection URL as written (a `/openai` suffix included).
        if (classic && proto.skip_reason.empty())
          t.fixed_url = {azure_chat_url(c.url->text, id.text, t.api_version.value), proto.endpoint.from};
        finish(t);
        out.push_back(std::move(t));
        any = true;
      }
    }
    if (!any) {
      proto.route = RequestRoute::Resource;
      proto.note = "no model_ids: the connection names no deployment";
      finish(proto);
      out.push_back(std::move(proto));
    }
  }
  return out;
}

}  // namespace azlint::openwebui
