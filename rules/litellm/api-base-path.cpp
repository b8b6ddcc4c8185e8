// litellm/api-base-path: an `api_base` that carries the request path or query (the SDK appends it again)
#include <string>

#include "lint/litellm/model_list.h"
#include "lint/rule.h"
#include "lint/strings.h"
#include "rules/shared/request_url.h"
#include "rules/shared/url_util.h"

namespace azlint {
namespace {

// Operation paths the Azure OpenAI SDK appends to the deployment URL itself.
constexpr std::string_view kOperations[] = {"/chat/completions", "/completions", "/embeddings", "/responses",
                                            "/images/generations", "/audio/transcriptions", "/audio/translations",
                                            "/audio/speech"};

class ApiBasePath final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"litellm/api-base-path", "an `api_base` that carries the request path or query", Severity::Error, false, "litellm"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const litellm::View& view = litellm::view_of(ctx);
    for (const litellm::Deployment& d : view.deployments) {
      if (!d.is_azure()) continue;
      const Node* base = d.param("api_base");
      std::optional<litellm::Resolved> v = litellm::resolve(base, ctx.env());
      if (!v) continue;
      std::string_view url = v->text;
      url_util::UrlParts p = url_util::split_url(url);
      if (p.host.empty()) continue;  // not an absolute URL: url-format
      std::string_view rest = p.rest;
      std::string_view query = rest.find('?') == std::string_view::npos ? std::string_view() : rest.substr(rest.find('?'));
      std::string path(p.path());
      while (!path.empty() && path.back() == '/') path.pop_back();
      const std::string low = url_util::lower(path);
      std::string what;  // what the value carries
      for (std::string_view op : kOperations)
        if (what.empty() && ends_with(low, op)) what = "the request path \"" + path.substr(path.size() - op.size()) + "\"";
      const size_t deployments = low.find("/openai/deployments/");
      if (what.empty() && deployments != std::string::npos) {
        // `/openai/deployments/{name}` is the most a base may carry (plus `/extensions`, the vision-enhancement route).
        size_t name_end = low.find('/', deployments + 20);
        if (name_end != std::string::npos && low.substr(name_end) != "/extensions")
          what = "the path \"" + path.substr(name_end) + "\" after the deployment";
      }
      if (what.empty() && ends_with(low, "/openai")) what = "the path \"/openai\"";
      if (what.empty() && !query.empty()) what = "a query string";
      if (what.empty()) continue;
      // What the SDK makes of it, as the proxy's resolution builds it (what `show` prints).
      const std::optional<QuotedRequest> request = request_from(ctx, *base);
      const std::string shown = v->var.empty() ? "\"" + std::string(url) + "\"" : "(the value of os.environ/" + v->var + ")";
      std::string msg = "api_base " + shown + " of " + d.label() + " carries " + what + "; the Azure SDK builds the "
                        "request URL from it";
      if (!query.empty() && what == "a query string")
        msg += " and appends its own path after the query, so the request misses the deployment path";
      else if (v->var.empty() && request)
        msg += ", so requests go to " + request->url;
      msg += " and Azure answers 404 \"Resource not found\"";
      std::string endpoint = p.scheme + "://" + std::string(p.origin.substr(p.origin.find("://") + 3));
      // One finding per cause: entries sharing the api_base (or its variable) are notes of the first.
      std::optional<Report> r =
          ctx.report_once(v->var.empty() ? "=" + std::string(url) : "$" + v->var, *base, msg, "the same api_base here too");
      if (r)
        r->help(v->var.empty() ? "set api_base to the resource endpoint only: \"" + endpoint + "\" (put the version in api_version)"
                               : "set " + v->var + " to the resource endpoint only, e.g. https://<resource>.openai.azure.com "
                                 "(put the version in api_version)");
    }
  }
};

}  // namespace

const Rule& rule_litellm_api_base_path() {
  static const ApiBasePath rule;
  return rule;
}

}  // namespace azlint
