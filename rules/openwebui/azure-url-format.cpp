// openwebui/azure-url-format: an Azure URL that includes `/openai/deployments/…` or a query
// string (the base must be https://{resource}.openai.azure.com), or an Azure host that Open WebUI
// calls as plain OpenAI because the connection is not in Azure mode
#include <string>

#include "lint/rule.h"
#include "rules/openwebui/config_util.h"
#include "rules/shared/request_url.h"
#include "rules/shared/url_util.h"

namespace azlint {
namespace {

std::string lower(std::string_view s) { return url_util::lower(s); }

// https://host[:port] of a URL.
std::string origin(std::string_view url) { return std::string(url.substr(0, url.size() - split_url(url).rest.size())); }

class AzureUrlFormat final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openwebui/azure-url-format", "an Azure URL that includes `/openai/deployments/…` or a query string", Severity::Error, false, "openwebui"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openwebui::View& v = openwebui::view_of(ctx);
    for (const openwebui::Connection& c : v.connections) {
      // A reference may be expanded before Open WebUI sees the value (envsubst, docker compose).
      if (!c.enabled || !c.url || c.url->text.find('$') != std::string::npos) continue;
      const Text& u = c.url->text;
      url_util::UrlParts p = url_util::split_url(u);
      if (p.scheme != "http" && p.scheme != "https") continue;  // url-format's finding
      if (c.azure()) azure_mode(ctx, c, p);
      else if (openwebui::is_azure_host(p.host)) plain_mode(ctx, v, c);
    }
  }

 private:
  // An Azure connection: Open WebUI appends /openai/deployments/{deployment}/chat/completions?api-version=…
  static void azure_mode(Context& ctx, const openwebui::Connection& c, const url_util::UrlParts& p) {
    const Text& u = c.url->text;
    const std::string low = lower(u);
    const std::string base = origin(u);
    const bool azure_host = openwebui::is_azure_host(p.host);
    std::string problem;
    std::string goes_to;
    const size_t v1 = openwebui::v1_base_end(u);
    if (low.find("/openai/deployments") != std::string::npos) {
      problem = "includes the deployment path";
    } else if (p.rest.find('?') != std::string_view::npos) {
      problem = "includes a query string";
    } else if (v1 != std::string::npos) {
      // The v1 form: {url}/chat/completions, model in the body, no api-version.
      std::string tail(u.substr(v1));
      while (!tail.empty() && tail.back() == '/') tail.pop_back();
      if (tail.empty()) return;
      const std::optional<QuotedRequest> request = request_from(ctx, *c.url);
      ctx.report(*c.url, "Azure v1 base URL \"" + u + "\" carries the request path \"" + tail +
                             "\"; Open WebUI appends /chat/completions to a v1 base itself, so requests go to " +
                             (request ? request->quoted() : "that URL + /chat/completions") + " (404 \"Resource not found\")")
          .help("use the v1 base itself: \"" + u.substr(0, v1) + "\"");
      return;
    } else if (azure_host) {
      std::string path(p.rest);
      while (!path.empty() && path.back() == '/') path.pop_back();
      if (path.empty()) return;
      problem = "has the path \"" + path + "\"";
    } else {
      return;  // a gateway in front of Azure may need its own path prefix
    }
    // The URL as Open WebUI's resolution builds it (what `show` prints); with no model_ids, the
    // same builder with a {deployment} placeholder.
    const std::optional<QuotedRequest> request = request_from(ctx, *c.url);
    goes_to = request ? request->quoted()
                      : "\"" + openwebui::azure_chat_url(c.url_text(), "{deployment}", openwebui::effective_api_version(c)) + "\"";
    Report r = ctx.report(*c.url, "Azure base URL \"" + u + "\" " + problem +
                                      "; Open WebUI appends /openai/deployments/{deployment}/chat/completions?api-version=… "
                                      "itself, so requests go to " + goes_to + " (404 \"Resource not found\")");
    if (azure_host)
      r.help("use the resource base only: \"" + base + "\" (the deployments go in model_ids, the version in api_version)");
    else
      r.help("remove the deployment path and query from the URL (the deployments go in model_ids, the version in api_version)");
  }

  // An Azure host in a connection that is not in Azure mode: Open WebUI calls it like OpenAI.
  static void plain_mode(Context& ctx, const openwebui::View& v, const openwebui::Connection& c) {
    const Text& u = c.url->text;
    const bool deployments = lower(u).find("/openai/deployments") != std::string::npos;
    const bool query = u.find('?') != std::string::npos;
    if (openwebui::v1_base_end(u) != std::string::npos && !deployments && !query)
      return;  // the v1 API is OpenAI-compatible: a plain connection works
    std::string url = u;
    while (!url.empty() && url.back() == '/') url.pop_back();
    const std::string base = origin(u);
    const std::string mode = v.env_form ? "connections from " + v.urls_name + " are plain OpenAI connections (the env "
                                                                                "file cannot set Azure mode)"
                                        : "connection " + std::to_string(c.index) + " is not in Azure mode (no \"azure\": true)";
    const std::string to = "requests go to \"" + url + "/chat/completions\"";
    if (deployments || query) {
      // Wrong in any mode: the route is appended after the deployment path or the query.
      ctx.report(*c.url, "Azure URL \"" + u + "\" includes " + (deployments ? "the deployment path" : "a query string") +
                             ", and " + mode + ": Open WebUI appends /chat/completions, so " + to +
                             " (404 \"Resource not found\")")
          .help(v.env_form ? "use the v1 base \"" + base + "/openai/v1\"; the deployment name is then the model id"
                           : "use the resource base \"" + base + "\" with \"azure\": true, api_version and the "
                             "deployment names in model_ids");
      return;
    }
    Report r = ctx.report(*c.url, "\"" + u + "\" is an Azure OpenAI host, but " + mode + "; Open WebUI calls it like "
                                  "OpenAI: " + to + " with a Bearer key and no api-version, and Azure answers 404 "
                                  "\"Resource not found\"");
    if (v.env_form) {
      // Admins can still switch the stored connection to Azure OpenAI in the admin UI.
      r.severity(Severity::Warning);
      r.help("use the v1 base \"" + base + "/openai/v1\", or set the connection to Azure OpenAI (api_version, "
             "deployment names) in Admin Settings > Connections");
    } else {
      r.help("add \"azure\": true to api_configs[\"" + std::to_string(c.index) +
             "\"] with api_version and the deployment names in model_ids, or use the v1 base \"" + base + "/openai/v1\"");
    }
  }
};

}  // namespace

const Rule& rule_openwebui_azure_url_format() {
  static const AzureUrlFormat rule;
  return rule;
}

}  // namespace azlint
