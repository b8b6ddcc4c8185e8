// Small helpers the openwebui/* rules share: a misspelt key in a connection's config, where to
// report a missing field, and the URL Open WebUI builds for an Azure connection.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

#include "lint/did_you_mean.h"
#include "lint/openwebui/fields.h"
#include "lint/rule.h"

namespace azlint::openwebui {

// The default Open WebUI falls back to when an Azure connection has no api_version.
inline constexpr std::string_view kDefaultApiVersion = "2023-03-15-preview";

// A key of the config that is most likely a misspelling of `want` (`apiVersion`, `api_verison`,
// `modelIds`), or nullptr. Open WebUI reads only the exact key and ignores the others.
inline const Member* misspelt_key(const Node& cfg, std::string_view want, std::initializer_list<std::string_view> aliases) {
  for (const Member& m : cfg.members()) {
    const std::string& k = m.key.text;
    if (k == want) continue;
    bool known = false;
    for (std::string_view kk : {"enable", "azure", "provider", "api_version", "auth_type", "model_ids", "prefix_id",
                                "tags", "connection_type", "headers", "api_type"})
      known |= k == kk;
    if (known) continue;
    for (std::string_view a : aliases)
      if (k == a) return &m;
    if (edit_distance(k, want, true) <= 2) return &m;
  }
  return nullptr;
}

// Where a missing field of a connection is reported: its api_configs key ("0").
inline Report report_at_entry(Context& ctx, const Connection& c, std::string message) {
  return ctx.report_key(c.config->value, std::move(message));
}

// The api-version an Azure connection sends ("" when it has an empty one).
inline std::string effective_api_version(const Connection& c) {
  const Node* cfg = c.cfg();
  const Node* v = cfg ? cfg->get("api_version") : nullptr;
  if (v && v->is_string()) return v->text;
  return std::string(kDefaultApiVersion);
}

}  // namespace azlint::openwebui
