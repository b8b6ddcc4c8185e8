// openwebui/azure-custom-host: Azure-only fields (`api_version`, a deployment path) on a host
// that is not an Azure OpenAI host (an API gateway) without the explicit Azure flag — Open WebUI
// then treats the connection as plain OpenAI
#include <string>

#include "lint/rule.h"
#include "rules/openwebui/config_util.h"
#include "rules/shared/url_util.h"

namespace azlint {
namespace {

class AzureCustomHost final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openwebui/azure-custom-host", "Azure-only fields on a non-Azure host without the explicit Azure flag", Severity::Warning, false, "openwebui"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openwebui::View& v = openwebui::view_of(ctx);
    for (const openwebui::Connection& c : v.connections) {
      if (c.azure() || !c.enabled || !c.url || !c.cfg()) continue;
      const url_util::UrlParts p = url_util::split_url(c.url->text);
      // An Azure host without Azure mode is openwebui/azure-url-format's finding; a v1 base
      // (/openai/v1) is OpenAI-compatible and ignores api_version.
      if (p.host.empty() || openwebui::is_azure_host(p.host) || openwebui::v1_base_end(c.url->text) != std::string::npos)
        continue;
      const Node* version = c.cfg_string("api_version");
      if (!version || version->text.empty()) continue;
      const Node* azure = c.cfg()->get("azure");
      const std::string flag = azure && azure->is_bool() ? "\"azure\": false" : "no \"azure\": true";
      ctx.report(*version, c.describe() + " sets api_version \"" + version->text +
                               "\", which only Azure connections use, but it has " + flag + " and \"" + p.host +
                               "\" is not an Azure OpenAI host; Open WebUI treats it as plain OpenAI: no api-key header, "
                               "no /openai/deployments/{deployment} path and no api-version, so an Azure backend "
                               "behind this gateway answers 401 or 404")
          .help("if this host fronts Azure OpenAI (API Management, a gateway), set \"azure\": true on the connection; "
                "otherwise remove api_version");
    }
  }
};

}  // namespace

const Rule& rule_openwebui_azure_custom_host() {
  static const AzureCustomHost rule;
  return rule;
}

}  // namespace azlint
