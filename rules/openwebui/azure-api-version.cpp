// openwebui/azure-api-version: an Azure connection without `api_version` (Open WebUI then
// sends the retired default `2023-03-15-preview`)
#include <string>

#include "lint/azure/api_versions.h"
#include "lint/azure/models.h"
#include "lint/rule.h"
#include "rules/openwebui/config_util.h"
#include "rules/shared/request_url.h"

namespace azlint {
namespace {

class AzureApiVersion final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openwebui/azure-api-version", "an Azure connection without `api_version`", Severity::Warning, false, "openwebui"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openwebui::View& v = openwebui::view_of(ctx);
    for (const openwebui::Connection& c : v.connections) {
      // Classic route only: A v1 base (/openai/v1) sends no api-version at all.
      if (!c.classic_azure()) continue;
      const Node& cfg = *c.cfg();
      const Node* version = cfg.get("api_version");
      if (version && !version->is_string() && !version->is_null()) continue;  // a wrong type: schema's finding
      bool blank = version && version->is_string();
      if (blank)
        for (char ch : version->text) blank &= ch == ' ' || ch == '\t';
      if (version && version->is_string() && !blank) continue;
      const std::string dflt(openwebui::kDefaultApiVersion);
      // Present but empty or null: older releases send it as is, newer ones use the default.
      const bool null = version && version->is_null();
      Report r = blank || null
                     ? ctx.report(*version, "api_version of Azure " + c.describe() + (null ? " is null" : " is empty") +
                                                "; depending on the release Open WebUI sends \"api-version=" +
                                                (null ? "None" : "") + "\" (404 \"Resource not found\") or falls back to \"" +
                                                dflt + "\", which Azure has retired")
                       : openwebui::report_at_entry(ctx, c, "Azure " + c.describe() + " has no api_version; Open WebUI "
                                                            "falls back to \"" + dflt + "\", which Azure has retired: "
                                                            "requests to " + goes_to(ctx, c, dflt) +
                                                            " fail with 404 \"Resource not found\"");
      if (const Member* near = openwebui::misspelt_key(cfg, "api_version", {"apiVersion", "api-version", "version"})) {
        r.note("\"" + near->key.text + "\" is not a key Open WebUI reads; did you mean \"api_version\"?", near->key.span)
            .help("rename \"" + near->key.text + "\" to \"api_version\"");
        continue;
      }
      r.help("add \"api_version\": \"" + std::string(suggest(cfg)) + "\"");
    }
  }

 private:
  // The URL as Open WebUI's resolution builds it (what `show` prints); with no model_ids, the same
  // builder with a {deployment} placeholder.
  static std::string goes_to(Context& ctx, const openwebui::Connection& c, const std::string& version) {
    if (std::optional<QuotedRequest> request = request_from(ctx, *c.url)) return request->quoted();
    return "\"" + openwebui::azure_chat_url(c.url_text(), "{deployment}", version) + "\"";
  }

  // The latest GA, or the first version reasoning deployments accept when one is listed.
  static std::string_view suggest(const Node& cfg) {
    if (const Node* ids = cfg.get("model_ids"); ids && ids->is_sequence())
      for (const Node& id : ids->items())
        if (id.is_string() && azure::is_reasoning_model(id.text)) return azure::newest_known_api_version();
    return azure::kLatestGa;
  }
};

}  // namespace

const Rule& rule_openwebui_azure_api_version() {
  static const AzureApiVersion rule;
  return rule;
}

}  // namespace azlint
