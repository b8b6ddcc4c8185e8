// librechat/base-url-no-deployment: a non-serverless Azure `baseURL` with neither a deployment path
// nor `${DEPLOYMENT_NAME}`: requests go to `{baseURL}/chat/completions` and Azure answers 404.
#include <optional>
#include <string>

#include "lint/azure/hosts.h"
#include "lint/librechat/azure_view.h"
#include "lint/librechat/base_url.h"
#include "lint/rule.h"
#include "lint/url.h"
#include "lint/strings.h"
#include "rules/shared/request_url.h"

namespace azlint {
namespace {

using librechat::trim;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

class BaseUrlNoDeployment final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/base-url-no-deployment",
                                    "a non-serverless Azure `baseURL` with neither a deployment path nor "
                                    "`${DEPLOYMENT_NAME}`",
                                    Severity::Warning, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (g.serverless || !g.base_url || !g.base_url->is_string()) continue;
      const Node* serverless = g.node->get("serverless");
      if (serverless && !serverless->is_bool() && !serverless->is_null()) continue;
      std::string url(trim(g.base_url->text));
      std::string var;  // the variable the URL came from, never printed by value
      if (std::optional<std::string> name = whole_env_ref(url)) {
        if (name->find('}') != std::string::npos || !ctx.env().is_set(*name)) continue;
        var = *name;
        url = std::string(trim(ctx.env().find(*name)->value));
      }
      if (url.find("${DEPLOYMENT_NAME}") != std::string::npos) continue;
      const UrlParts parts = split_url(url);  // the one splitter (lint/url.h)
      if (parts.scheme.empty()) continue;       // not an absolute URL: url-format
      if (!azure::is_azure_openai_host(parts.host)) continue;
      const std::string path = lower(parts.path());
      if (path.find("${") != std::string::npos) continue;  // an unresolved reference: cannot tell
      // Other Azure APIs that take the model in the body: the v1 API and AI Foundry model inference.
      if (starts_with(path, "/openai/v1") || starts_with(path, "/models")) continue;
      const size_t dep = path.find("/openai/deployments/");
      if (dep != std::string::npos && path.size() > dep + 20 && path[dep + 20] != '/') continue;
      const std::string gname(g.group_name);
      // The URL LibreChat's client posts to, as its resolution builds it (what `show` prints).
      const std::optional<QuotedRequest> request = request_from(ctx, *g.base_url);
      std::string msg;
      if (var.empty()) {
        msg = "`baseURL` \"" + std::string(trim(g.base_url->text)) + "\" of group \"" + gname +
              "\" is an Azure URL without a deployment: requests will go to " +
              (request ? request->quoted() : "that URL + /chat/completions") + " and Azure answers 404 Resource not found";
      } else {
        msg = "the URL in ${" + var + "} (`baseURL` of group \"" + gname +
              "\") is an Azure URL without a deployment: requests will go to that URL + /chat/completions and "
              "Azure answers 404 Resource not found";
      }
      // The same scheme and host, with the deployment placeholder as the path.
      const std::string suggested = std::string(parts.origin) + "/openai/deployments/${DEPLOYMENT_NAME}";
      std::string help =
          var.empty() ? "use \"" + suggested + "\" so each model's deploymentName goes into the URL, or remove "
                                                "`baseURL` and let LibreChat build the URL from `instanceName`"
                      : "make the URL in ${" + var + "} end with /openai/deployments/${DEPLOYMENT_NAME} (after the "
                        "resource host) so each model's deploymentName goes into it, or remove `baseURL`";
      ctx.report(*g.base_url, msg).help(help);
    }
  }
};

}  // namespace

const Rule& rule_librechat_base_url_no_deployment() {
  static const BaseUrlNoDeployment rule;
  return rule;
}

}  // namespace azlint
