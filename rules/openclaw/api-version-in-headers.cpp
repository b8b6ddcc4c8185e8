// openclaw/api-version-in-headers: `api-version` put in a provider's `headers` for an Azure `baseUrl`
#include <string>

#include "lint/rule.h"
#include "lint/openclaw/view.h"
#include "rules/shared/url_util.h"

namespace azlint {
namespace {

class ApiVersionInHeaders final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openclaw/api-version-in-headers", "`api-version` put in a provider's `headers` for an Azure `baseUrl`", Severity::Error, false, "openclaw"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    for (const openclaw::Provider& p : view.providers) {
      const std::string_view api = p.api ? std::string_view(p.api->text) : std::string_view();
      const Node* request = p.node().get("request");
      check_headers(ctx, p, p.headers, p.base_url, api);
      if (request && request->is_mapping()) check_headers(ctx, p, request->get("headers"), p.base_url, api);
      for (const openclaw::Model& m : p.models) check_headers(ctx, p, m.headers, p.base_url_for(m), p.api_for(m));
    }
  }

 private:
  static void check_headers(Context& ctx, const openclaw::Provider& p, const Node* headers, const Node* url,
                            std::string_view api) {
    if (!headers || !headers->is_mapping() || !url) return;
    // The Azure adapter puts api-version in the query itself.
    if (api == "azure-openai-responses") return;
    std::optional<std::string> value = openclaw::resolve(url->text, ctx.env());
    if (!value) return;
    url_util::UrlParts parts = url_util::split_url(*value);
    if (!openclaw::is_azure_host(parts.host)) return;
    // The v1 route needs no api-version; a query parameter in the URL is what Azure reads.
    if (openclaw::is_azure_v1_path(parts.rest) || url_util::lower(parts.rest).find("api-version=") != std::string::npos)
      return;
    for (const Member& h : headers->members()) {
      if (url_util::lower(h.key.text) != "api-version") continue;
      ctx.report_key(h.value, "the \"" + h.key.text + "\" header of provider \"" + std::string(p.id) +
                                  "\" is ignored by Azure, which reads the api-version only from the query string "
                                  "(?api-version=…); every request to \"" + parts.host +
                                  "\" goes without one and Azure answers 404 Resource not found")
          .help("remove the header and use Azure's v1 route (baseUrl \"https://" + parts.host +
                "/openai/v1\", no api-version needed) or the \"azure-openai-responses\" adapter");
    }
  }
};

}  // namespace

const Rule& rule_openclaw_api_version_in_headers() {
  static const ApiVersionInHeaders rule;
  return rule;
}

}  // namespace azlint
