// openwebui/azure-model-ids: an Azure connection with empty `model_ids` (Azure has no model
// discovery in Open WebUI: the deployment names must be listed)
#include <string>

#include "lint/rule.h"
#include "rules/openwebui/config_util.h"

namespace azlint {
namespace {

class AzureModelIds final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openwebui/azure-model-ids", "an Azure connection with empty `model_ids`", Severity::Error, false, "openwebui"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openwebui::View& v = openwebui::view_of(ctx);
    for (const openwebui::Connection& c : v.connections) {
      // Classic route only: A v1 base (/openai/v1) is called like OpenAI, and its /models route answers.
      if (!c.classic_azure()) continue;
      const Node& cfg = *c.cfg();
      const Node* ids = cfg.get("model_ids");
      if (ids && !ids->is_sequence() && !ids->is_null()) continue;  // a wrong type: schema's finding
      bool any = false;
      if (ids)
        for (const Node& id : ids->items()) any |= id.is_string() && !id.text.empty();
      if (any) continue;
      std::string url = c.url->text;
      while (!url.empty() && url.back() == '/') url.pop_back();
      const std::string what = "Azure " + c.describe() + (ids ? " lists no deployment names in model_ids" : " has no model_ids");
      const std::string why = "; Open WebUI does not discover Azure deployments (it asks \"" + url +
                              "/models\", which Azure answers with 404), so the connection offers no models";
      Report r = ids ? ctx.report(*ids, what + why) : openwebui::report_at_entry(ctx, c, what + why);
      if (const Member* near = openwebui::misspelt_key(cfg, "model_ids", {"modelIds", "models", "model_id", "deployments", "deployment_names"}))
        r.note("\"" + near->key.text + "\" is not a key Open WebUI reads; did you mean \"model_ids\"?", near->key.span)
            .help("rename \"" + near->key.text + "\" to \"model_ids\"");
      else
        r.help("list the Azure deployment names in model_ids, e.g. \"model_ids\": [\"gpt-4o\"]");
    }
  }
};

}  // namespace

const Rule& rule_openwebui_azure_model_ids() {
  static const AzureModelIds rule;
  return rule;
}

}  // namespace azlint
