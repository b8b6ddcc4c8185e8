// litellm/azure-prefix-host-mismatch: `azure/` on an AI Foundry / serverless host, or `azure_ai/` on `*.openai.azure.com`
#include <string>

#include "lint/azure/hosts.h"
#include "lint/litellm/model_list.h"
#include "lint/rule.h"
#include "lint/strings.h"
#include "rules/shared/url_util.h"

namespace azlint {
namespace {

class AzurePrefixHostMismatch final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"litellm/azure-prefix-host-mismatch", "`azure/` on an AI Foundry / serverless host (needs `azure_ai/`), or `azure_ai/` on `*.openai.azure.com`", Severity::Error, false, "litellm"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    for (const litellm::Deployment& d : litellm::view_of(ctx).deployments) {
      if (!d.model || (!d.is_azure() && d.provider != "azure_ai")) continue;
      const Node* base = d.param("api_base");
      std::optional<litellm::Resolved> v = litellm::resolve(base, ctx.env());
      if (!v) continue;
      url_util::UrlParts p = url_util::split_url(v->text);
      if (p.host.empty()) continue;
      const std::string path = url_util::lower(p.rest);
      const std::string shown = v->var.empty() ? "\"" + v->text + "\"" : "(the value of os.environ/" + v->var + ")";
      std::string msg, help;
      if (d.is_azure()) {
        const bool foundry = ends_with(p.host, ".services.ai.azure.com") && path.rfind("/models", 0) == 0;
        const bool serverless = azure::is_azure_serverless_host(p.host);
        if (!foundry && !serverless) continue;
        msg = d.label() + " uses the `" + d.provider + "/` route, but its api_base " + shown + " is an Azure AI " +
              (foundry ? "Foundry model-inference endpoint" : "serverless (MaaS) endpoint") +
              "; `" + d.provider + "/` builds Azure OpenAI /openai/deployments/… URLs, which this host does not serve "
              "(404 \"Resource not found\")";
        help = "write `model: azure_ai/" + d.deployment + "` for this endpoint";
      } else {
        if (!ends_with(p.host, ".openai.azure.com")) continue;
        if (path.find("/openai/deployments/") != std::string::npos || path.find("/openai/v1") != std::string::npos) continue;
        msg = d.label() + " uses the `azure_ai/` route, but its api_base " + shown + " is an Azure OpenAI resource; "
              "`azure_ai/` sends requests to {api_base}/chat/completions, which an Azure OpenAI resource does not "
              "serve (404 \"Resource not found\")";
        help = "write `model: azure/" + d.route + "` (the deployment name) for an Azure OpenAI resource";
      }
      ctx.report(*d.model, msg).help(help).note("the endpoint is set here", base->span);
    }
  }
};

}  // namespace

const Rule& rule_litellm_azure_prefix_host_mismatch() {
  static const AzurePrefixHostMismatch rule;
  return rule;
}

}  // namespace azlint
