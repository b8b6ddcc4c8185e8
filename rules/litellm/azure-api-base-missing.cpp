// litellm/azure-api-base-missing: an `azure/…` model without `api_base` (and no `AZURE_API_BASE` in the env)
#include <string>

#include "lint/litellm/model_list.h"
#include "lint/rule.h"

namespace azlint {
namespace {

bool non_empty_string(const Node* n) { return n && n->is_string() && !n->text.empty(); }

class AzureApiBaseMissing final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"litellm/azure-api-base-missing", "an `azure/…` model without `api_base` (and no `AZURE_API_BASE` in the env)", Severity::Error, false, "litellm"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const litellm::View& view = litellm::view_of(ctx);
    const Env& env = ctx.env();
    // The fallbacks: `litellm.api_base`, then AZURE_API_BASE; the OpenAI SDK also reads AZURE_OPENAI_ENDPOINT.
    if (non_empty_string(view.setting("api_base")) || env.is_set("AZURE_API_BASE") || env.is_set("AZURE_OPENAI_ENDPOINT"))
      return;
    for (const litellm::Deployment& d : view.deployments) {
      if (!d.is_azure() || !d.model) continue;
      const Node* base = d.param("api_base");
      if (!base) base = d.param("base_url");  // completion(base_url=...) is the same setting
      // A string (even `os.environ/VAR` to an unset variable: env-var-missing) or another type (schema).
      if (base && !base->is_null() && !(base->is_string() && base->text.empty())) continue;
      std::string msg = d.label() + " (" + d.model->text + ") ";
      msg += !base ? "has no api_base" : base->is_null() ? "has an empty api_base" : "has api_base \"\"";
      msg += " and AZURE_API_BASE is not set; the Azure client has no endpoint, so every request to this deployment "
             "fails (\"Must provide one of the `base_url` or `azure_endpoint` arguments\")";
      Report r = !base ? ctx.report(d.anchor(), msg) : base->is_null() ? ctx.report_key(*base, msg) : ctx.report(*base, msg);
      r.help("add `api_base: https://<resource>.openai.azure.com` to litellm_params (or `api_base: "
             "os.environ/AZURE_API_BASE` and set that variable)");
    }
  }
};

}  // namespace

const Rule& rule_litellm_azure_api_base_missing() {
  static const AzureApiBaseMissing rule;
  return rule;
}

}  // namespace azlint
