// librechat/base-url-hardcoded: a `baseURL` with a literal instance and deployment while plugins or vision are in use
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "lint/ascii.h"
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

std::string lower(std::string_view s) { return ascii_lower(s); }

// The deployment segment written literally after `/deployments/`, or nullopt.
std::optional<std::string> literal_deployment(std::string_view url) {
  if (url.find("${DEPLOYMENT_NAME}") != std::string_view::npos) return std::nullopt;
  const std::string l = lower(url);
  const size_t at = l.find("/deployments/");
  if (at == std::string::npos) return std::nullopt;
  const size_t b = at + 13;
  size_t e = b;
  while (e < url.size() && url[e] != '/' && url[e] != '?' && url[e] != '#') ++e;
  std::string_view seg = url.substr(b, e - b);
  if (seg.empty() || seg.find("${") != std::string_view::npos) return std::nullopt;
  return std::string(seg);
}

class BaseUrlHardcoded final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{
        "librechat/base-url-hardcoded",
        "a `baseURL` with a literal instance and deployment while plugins or vision are in use", Severity::Warning,
        false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const librechat::AzureView& view = librechat::azure_view(ctx);
    if (!view.present()) return;
    const Node* plugins = view.azure->get("plugins");
    const bool plugins_on = plugins && plugins->is_true();
    for (const librechat::Group& g : view.groups) {
      if (g.serverless || !g.base_url || !g.base_url->is_string()) continue;
      // The URL as LibreChat sees it: a wholly-referenced URL is checked after resolution,
      // but never printed.
      std::string url = g.base_url->text;
      std::string var;
      if (auto name = whole_env_ref(url); name && *name != "INSTANCE_NAME" && *name != "DEPLOYMENT_NAME") {
        const EnvEntry* e = ctx.env().find(*name);
        if (!e || e->value.empty()) continue;
        url = e->value;
        var = *name;
      }
      const std::optional<std::string> dep = literal_deployment(url);
      if (!dep) continue;
      // A vision model the group would send to another deployment than the literal one.
      const librechat::Model* vision = nullptr;
      for (const librechat::Model& m : g.models) {
        if (lower(m.name).find("vision") == std::string::npos) continue;
        if (!m.deployment || !m.deployment->is_string()) continue;
        const Text& d = m.deployment->text;
        if (d.find("${") != std::string::npos || d == *dep) continue;
        vision = &m;
        break;
      }
      if (!plugins_on && !vision) continue;
      const std::string what = var.empty() ? "baseURL" : "baseURL (the value of ${" + var + "})";
      std::string msg = what + " hard-codes the deployment \"" + *dep +
                        "\" instead of ${DEPLOYMENT_NAME}, so every model of group \"" + std::string(g.group_name) +
                        "\" is sent to that deployment";
      if (plugins_on)
        msg +=
            "; with `plugins: true` LibreChat's docs say plugin requests fail with a literal "
            "instance and deployment in the base URL";
      if (vision)
        msg += "; the vision model \"" + std::string(vision->name) + "\" (deployment \"" + vision->deployment->text +
               "\") never reaches its own deployment";
      Report r = ctx.report(*g.base_url, std::move(msg));
      r.help(
          "use the placeholders, e.g. \"https://${INSTANCE_NAME}.openai.azure.com/openai/deployments/"
          "${DEPLOYMENT_NAME}\", and set instanceName and deploymentName on the group or models");
      if (plugins_on) r.note("plugins enabled here", plugins->key_or_value_span());
      if (vision) r.note("vision model defined here", vision->key().span);
    }
  }
};

}  // namespace

const Rule& rule_librechat_base_url_hardcoded() {
  static const BaseUrlHardcoded rule;
  return rule;
}

}  // namespace azlint
