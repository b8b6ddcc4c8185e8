// librechat/serverless-base-url: a serverless group without `baseURL`, or one that is not a
// `/v1/chat/completions` or `/v1/completions` endpoint.
#include <optional>
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/librechat/base_url.h"
#include "lint/rule.h"

namespace azlint {
namespace {

using librechat::trim;
using librechat::resolve_url;
using librechat::path_tail;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

class ServerlessBaseUrl final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/serverless-base-url",
                                    "a serverless group without `baseURL`, or a `baseURL` that ends in neither "
                                    "`/v1/chat/completions` nor `/v1/completions`",
                                    Severity::Error, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (!g.serverless) continue;
      const std::string gname(g.group_name);
      const std::string start = " (LibreChat refuses to start: Group \"" + gname +
                                "\" is serverless but missing mandatory \"baseURL.\")";
      const std::string help = "set `baseURL:` to the endpoint of the serverless deployment, e.g. "
                               "https://NAME.REGION.models.ai.azure.com/v1/chat/completions";
      const Node* bu = g.base_url;
      if (!bu) {
        if (g.name && !g.name->span.empty()) {
          ctx.report(*g.name, "serverless group \"" + gname + "\" has no `baseURL`" + start).help(help);
        } else {
          ctx.report(*g.node, "serverless group #" + std::to_string(g.index + 1) + " has no `baseURL`" + start)
              .help(help);
        }
        continue;
      }
      if (bu->is_null()) {
        ctx.report_key(*bu, "`baseURL` of serverless group \"" + gname + "\" has no value" + start).help(help);
        continue;
      }
      if (!bu->is_string()) continue;  // wrong type: the schema rule
      if (trim(bu->text).empty()) {
        ctx.report(*bu, "`baseURL` of serverless group \"" + gname + "\" is empty, which counts as missing" + start)
            .help(help);
        continue;
      }
      std::string var;
      std::optional<std::string> url = resolve_url(*bu, ctx.env(), var);
      if (!url) continue;  // an unset variable: env-var-missing says so
      const std::string tail = path_tail(*url);
      if (ends_with(tail, "/v1/chat/completions") || ends_with(tail, "/v1/completions")) continue;
      if (tail.find("${") != std::string::npos) continue;  // an unresolved reference: cannot tell
      const std::string shown = var.empty() ? "`baseURL` \"" + *url + "\"" : "the URL in ${" + var + "}";
      ctx.report(*bu, shown + " of serverless group \"" + gname +
                          "\" ends in neither /v1/chat/completions nor /v1/completions: LibreChat expects the "
                          "full endpoint URL of the serverless deployment here, and requests to another path fail")
          .help("use the endpoint URL of the serverless deployment ending in /v1/chat/completions (or "
                "/v1/completions with `forcePrompt: true`)");
    }
  }
};

}  // namespace

const Rule& rule_librechat_serverless_base_url() {
  static const ServerlessBaseUrl rule;
  return rule;
}

}  // namespace azlint
