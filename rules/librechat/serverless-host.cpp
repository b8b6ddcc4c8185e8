// librechat/serverless-host: a serverless `baseURL` on an AI Foundry `/models` host or carrying `?api-version=`
#include <cctype>
#include <string>
#include <string_view>

#include "lint/ascii.h"
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"
#include "lint/url.h"
#include "lint/strings.h"

namespace azlint {
namespace {

std::string lower(std::string_view s) { return ascii_lower(s); }

class ServerlessHost final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{
        "librechat/serverless-host",
        "a serverless `baseURL` on an AI Foundry `/models` host or carrying `?api-version=`", Severity::Warning, false,
        "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (!g.serverless || !librechat::present_string(g.base_url)) continue;
      // The URL LibreChat uses: a wholly-referenced one is resolved, but never printed.
      std::string url = g.base_url->text;
      std::string var;
      if (auto name = whole_env_ref(url)) {
        const EnvEntry* e = ctx.env().find(*name);
        if (!e || e->value.empty()) continue;
        url = e->value;
        var = *name;
      }
      const std::string l = lower(url);
      // host and path of the URL
      // the one splitter (lint/url.h); a URL without a scheme read as host[/path]
      const std::string absolute = l.find("://") == std::string::npos ? "x://" + l : l;
      const UrlParts parts = split_url(absolute);
      const std::string_view host = parts.host;
      const std::string_view path = parts.rest;
      const bool foundry = host.find("${") == std::string_view::npos && ends_with(host, ".services.ai.azure.com") &&
                           (path == "/models" || path.rfind("/models/", 0) == 0 || path.rfind("/models?", 0) == 0);
      const bool query = l.find("?api-version=") != std::string::npos || l.find("&api-version=") != std::string::npos;
      if (!foundry && !query) continue;

      const std::string subject =
          var.empty() ? "serverless baseURL \"" + url + "\"" : "serverless baseURL (the value of ${" + var + "})";
      std::string msg = subject;
      if (foundry) {
        msg +=
            " is an Azure AI Foundry model-inference endpoint (…services.ai.azure.com/models), not a serverless "
            "(MaaS) …/v1/chat/completions endpoint";
        if (query) msg += ", and carries ?api-version=";
      } else {
        msg += " carries ?api-version=, which a serverless (MaaS) …/v1/chat/completions endpoint does not take";
      }
      msg +=
          ": LibreChat sends the group's key the way a MaaS endpoint expects it, and requests fail (401 "
          "\"audience is incorrect\" or \"Invalid URL\", LibreChat issues #4767, #6564)";
      ctx.report(*g.base_url, std::move(msg))
          .help(
              "use the endpoint URL of the serverless deployment, "
              "https://<name>.<region>.models.ai.azure.com/v1/chat/completions, without a query string");
    }
  }
};

}  // namespace

const Rule& rule_librechat_serverless_host() {
  static const ServerlessHost rule;
  return rule;
}

}  // namespace azlint
