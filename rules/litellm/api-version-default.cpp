// litellm/api-version-default: an `azure/…` model without `api_version` (the proxy then uses its own default)
#include <string>

#include "lint/azure/api_versions.h"
#include "lint/litellm/model_list.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ApiVersionDefault final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"litellm/api-version-default", "an `azure/…` model without `api_version` (the proxy then uses its own default)", Severity::Info, false, "litellm"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const litellm::View& view = litellm::view_of(ctx);
    // The fallbacks before the built-in default: `litellm.api_version`, then AZURE_API_VERSION.
    if (const Node* v = view.setting("api_version"); v && v->is_string() && !v->text.empty()) return;
    if (ctx.env().is_set("AZURE_API_VERSION")) return;
    for (const litellm::Deployment& d : view.deployments) {
      if (!d.is_azure() || !d.model) continue;
      const Node* v = d.param("api_version");
      // Any written value counts (an unset `os.environ/VAR` is env-var-missing's finding).
      if (v && !v->is_null() && !(v->is_string() && v->text.empty())) continue;
      // At most one finding per file: pinning the version (or AZURE_API_VERSION) is one decision;
      // the other deployments are notes of the first.
      std::optional<Report> r = ctx.report_once(
          "", v && v->is_string() ? *v : d.anchor(),
          d.label() + " (" + d.model->text + ") has no api_version and AZURE_API_VERSION is not set; the "
          "LiteLLM proxy uses its built-in default (\"2025-02-01-preview\" in current releases, "
          "\"2024-08-01-preview\" in older ones), which changes when LiteLLM is upgraded",
          d.label() + " (" + d.model->text + ") has no api_version either");
      if (r)
        r->help("pin the version: `api_version: \"" + std::string(azure::kLatestGa) + "\"` (the latest GA) or the preview your features need");
    }
  }
};

}  // namespace

const Rule& rule_litellm_api_version_default() {
  static const ApiVersionDefault rule;
  return rule;
}

}  // namespace azlint
